using InspectionMiner.Classification;
using InspectionMiner.Labels;
using InspectionMiner.Structure;

namespace InspectionMiner.Tests.Classification;

/// <summary>
/// The embedded model on documents it was never trained on: the project's own fictional Westmarch samples
/// (no annotation refers to them).
/// </summary>
public class ClassifierTests : IClassFixture<ClassifierTests.MinedSamples>
{
    private readonly MinedSamples _samples;

    public ClassifierTests(MinedSamples samples) => _samples = samples;

    [Fact]
    public void The_embedded_model_loads_without_any_file_on_disk()
    {
        var classifier = FindingClassifier.LoadEmbedded();
        Assert.True(classifier.Info.HandLabels >= 4000);
    }

    [Fact]
    public void Improvement_list_items_of_an_unseen_letter_are_recommendations()
    {
        var items = _samples.Letter.Units.Where(u => u.Unit.Section.Kind == SectionKind.ImprovementList && !u.Unit.IsHeading).ToList();
        Assert.Equal(2, items.Count);
        Assert.All(items, u => Assert.Equal(FindingType.Recommendation, u.Finding.Type));
        Assert.Contains(items, u => u.Finding.Themes.Contains(Theme.Planning));
    }

    [Fact]
    public void Praise_and_criticism_in_an_unseen_letter_get_their_types_areas_and_themes()
    {
        var alone = Unit(_samples.Letter, "They see children alone and record their wishes and feelings carefully.");
        Assert.Equal(FindingType.Strength, alone.Type);
        Assert.Contains(Theme.VoiceOfChild, alone.Themes);

        var variable = Unit(_samples.Letter, "However, the quality of plans for children in need is too variable, and some children wait too long for an initial child protection conference.");
        Assert.Equal(FindingType.AreaForImprovement, variable.Type);
        Assert.Equal(JudgementArea.HelpAndProtection, variable.Area);

        var caseloads = Unit(_samples.Letter, "Caseloads are manageable, and social workers say that they feel well supported by their managers.");
        Assert.Equal(FindingType.Strength, caseloads.Type);
        Assert.Contains(Theme.Workforce, caseloads.Themes);
    }

    [Fact]
    public void Probabilities_are_distributions_and_alternatives_are_ranked()
    {
        foreach (var f in _samples.Letter.Units.Select(u => u.Finding))
        {
            Assert.InRange(f.TypeAlternatives.Sum(a => a.Probability), 0.99f, 1.01f);
            Assert.InRange(f.AreaAlternatives.Sum(a => a.Probability), 0.99f, 1.01f);
            Assert.Equal(4, f.TypeAlternatives.Count);
            Assert.Equal(f.Type, f.TypeAlternatives[0].Label);
            Assert.Equal(f.TypeConfidence, f.TypeAlternatives[0].Probability);
            Assert.True(f.TypeAlternatives.Zip(f.TypeAlternatives.Skip(1)).All(p => p.First.Probability >= p.Second.Probability));
            Assert.Equal(22, f.ThemeScores.Count);
        }
    }

    [Fact]
    public void One_classifier_gives_the_same_answers_from_many_threads()
    {
        var classifier = _samples.Miner.Classifier;
        var contexts = _samples.Report.Units.Select(u => UnitContext.From(_samples.Report.Document, u.Unit.Index)).ToList();
        var sequential = classifier.Classify(contexts);
        var parallel = new IReadOnlyList<Finding>[16];
        Parallel.For(0, parallel.Length, new ParallelOptions { MaxDegreeOfParallelism = 8 }, i => parallel[i] = classifier.Classify(contexts));
        foreach (var run in parallel)
        {
            Assert.Equal(sequential.Select(f => (f.Type, f.Area, string.Join(',', f.Themes))), run.Select(f => (f.Type, f.Area, string.Join(',', f.Themes))));
        }
    }

    [Fact]
    public void The_fast_path_scores_exactly_what_the_ML_NET_pipeline_scores()
    {
        var classifier = _samples.Miner.Classifier;
        Assert.True(classifier.UsesLinearHeads);
        var contexts = _samples.Report.Units.Concat(_samples.Letter.Units).Select(u => UnitContext.FromText(u.Unit.Text, u.Unit.Section.Heading))
            .Concat(_samples.Letter.Units.Select(u => UnitContext.FromText(u.Unit.Text)))
            .Concat(_samples.Report.Units.Select(u => UnitContext.From(_samples.Report.Document, u.Unit.Index))).ToList();
        var fast = classifier.Classify(contexts);
        var pipeline = ImprovementListRule.Apply(contexts, classifier.ClassifyWithPipeline(contexts), classifier.Info);
        for (var i = 0; i < contexts.Count; i++)
        {
            Assert.Equal(pipeline[i].Type, fast[i].Type);
            Assert.Equal(pipeline[i].Area, fast[i].Area);
            Assert.Equal(pipeline[i].Themes, fast[i].Themes);
            Assert.Equal(pipeline[i].TypeConfidence, fast[i].TypeConfidence, 3);
            Assert.Equal(pipeline[i].AreaConfidence, fast[i].AreaConfidence, 3);
            foreach (var t in pipeline[i].ThemeScores)
            {
                Assert.Equal(t.Probability, fast[i].ThemeScores.Single(x => x.Label == t.Label).Probability, 3);
            }
        }
    }

    [Fact]
    public void Units_known_by_text_and_heading_alone_take_their_area_from_the_text_only_head()
    {
        // The same words scored as a raw sentence and as a unit of a parsed report go through different area heads.
        var classifier = _samples.Miner.Classifier;
        Assert.True(classifier.UsesPlainHeads);
        var units = _samples.Report.Units.Where(u => !u.Unit.IsHeading).ToList();
        var raw = classifier.Classify(units.Select(u => UnitContext.FromText(u.Unit.Text, u.Unit.Section.HeadingPath)).ToList());
        var structured = classifier.Classify(units.Select(u => UnitContext.FromText(u.Unit.Text, u.Unit.Section.HeadingPath) with { DocumentKind = DocumentKind.StandardInspection }).ToList());
        Assert.Contains(raw.Zip(structured), p => Math.Abs(p.First.AreaConfidence - p.Second.AreaConfidence) > 1e-3);

        // Types come from the one type head either way: the document kind is one more feature, so it may tip an unsure
        // unit (the sample's disclaimer and its one-line summary, both below 0.75) but never one the model is sure of.
        var pairs = units.Zip(raw.Zip(structured)).ToList();
        var flipped = pairs.Where(p => p.Second.First.Type != p.Second.Second.Type).Select(p => $"{p.First.Unit.Text} {p.Second.First.Type} {p.Second.First.TypeConfidence:F2} {p.Second.Second.Type} {p.Second.Second.TypeConfidence:F2}").ToList();
        Assert.True(flipped.Count <= units.Count * 0.15, string.Join(" | ", flipped));
        Assert.All(pairs.Where(p => p.Second.First.TypeConfidence >= 0.8f), p => Assert.Equal(p.Second.First.Type, p.Second.Second.Type));
    }

    [Fact]
    public async Task The_direct_featuriser_computes_exactly_the_ML_NET_featurisers_vectors()
    {
        var classifier = _samples.Miner.Classifier;
        Assert.True(classifier.UsesDirectFeaturizer);
        var contexts = new List<UnitContext>();
        foreach (var path in new[] { TestCorpus.Ilacs("hillingdon/2023-11-20.pdf"), TestCorpus.Ilacs("birmingham/2014-05-23.pdf"), TestCorpus.FocusedVisit("hillingdon/2020-02-07.pdf"), TestCorpus.Seed("003") })
        {
            var document = await TestCorpus.ParseAsync(path);
            contexts.AddRange(document.Units.Select(u => UnitContext.From(document, u.Index)));
            contexts.AddRange(document.Units.Select(u => UnitContext.FromText(u.Text, u.Section.Heading)));
        }

        // ML.NET drops every punctuation character, ASCII or not (en dash, horizontal bar, non-breaking hyphen, ellipsis),
        // so rows holding them are featurised directly too; a symbol such as © is left to ML.NET.
        var punctuated = new[]
        {
            "Leaders \u2013 including the director of children\u2019s services \u2013 know their services well\u2026",
            "Plans for children in care \u2015 reviewed every six months \u2011 are clear and up to date.",
            "The front door (MASH) responds \u2013 quickly \u2013 to contacts; thresholds are understood.",
        }.Select(t => UnitContext.FromText(t, "Leaders \u2013 and managers")).ToList();
        contexts.AddRange(punctuated);
        Assert.All(punctuated, u => Assert.NotNull(classifier.Features(u, direct: true)));
        Assert.Null(classifier.Features(UnitContext.FromText("\u00A9 Crown copyright 2024"), direct: true));

        var direct = 0;
        foreach (var unit in contexts)
        {
            if (classifier.Features(unit, direct: true) is not { } fast)
            {
                continue; // a character only ML.NET normalises (accents, symbols): ML.NET featurises this row
            }

            direct++;
            var reference = classifier.Features(unit, direct: false)!.Value;
            Assert.Equal(reference.Length, fast.Length);
            Assert.Equal(reference.GetIndices().ToArray(), fast.GetIndices().ToArray());
            var expected = reference.GetValues();
            var actual = fast.GetValues();
            for (var i = 0; i < expected.Length; i++)
            {
                Assert.Equal(expected[i], actual[i], 6);
            }
        }

        // Most of Ofsted's text is plain ASCII: the direct path must carry most rows, or it is not worth having.
        Assert.True(direct > contexts.Count * 0.8, $"{direct} of {contexts.Count} rows featurised directly");
    }

    [Fact]
    public void Raw_sentences_are_classified_without_any_document()
    {
        var miner = _samples.Miner;
        var findings = miner.Classify(new[]
        {
            "Personal advisers do not keep in touch with all care leavers, and too many pathway plans are out of date.",
            "Foster carers receive regular supervision and say they feel very well supported.",
        });
        Assert.Equal(FindingType.AreaForImprovement, findings[0].Type);
        Assert.Equal(JudgementArea.CareLeavers, findings[0].Area);
        Assert.Equal(FindingType.Strength, findings[1].Type);

        // With the heading it sits under, an improvement item is a Recommendation (docs/labels.md rule 1).
        var item = miner.Classify("The timeliness of initial health assessments for children in care.", "What needs to improve?");
        Assert.Equal(FindingType.Recommendation, item.Type);
        Assert.Equal(JudgementArea.ChildrenInCare, item.Area);
        Assert.Contains(Theme.Health, item.Themes);
    }

    [Fact]
    public async Task A_sentence_given_without_its_heading_is_read_by_its_words()
    {
        // Three real documents no annotator labelled. Mined, each unit's type and area rest on its structure; given as a
        // bare sentence, the model has its words only (the heads trained on text alone read it, not the heads trained
        // on the few units that have no heading in their document, a letter's address and salutation).
        var miner = _samples.Miner;
        int units = 0, sameType = 0, inJudgements = 0, sameArea = 0, items = 0, itemsRecommended = 0;
        foreach (var path in new[] { TestCorpus.Ilacs("leicester/2025-01-29.pdf"), TestCorpus.Ilacs("east-sussex/2014-03-21.pdf"), TestCorpus.FocusedVisit("derby/2023-11-29.pdf") })
        {
            var mined = await miner.MineAsync(path);
            var body = mined.Units.Where(u => !u.Unit.IsHeading && u.Unit.Section.Heading is not null).ToList();
            var bare = miner.Classify(body.Select(u => u.Unit.Text).ToList());
            foreach (var (unit, alone) in body.Zip(bare))
            {
                units++;
                sameType += unit.Finding.Type == alone.Type ? 1 : 0;
                if (unit.Unit.Section.Kind == SectionKind.Judgement)
                {
                    inJudgements++;
                    sameArea += unit.Finding.Area == alone.Area ? 1 : 0;
                }

                if (unit.Unit.Section.Kind == SectionKind.ImprovementList && unit.Finding.Type == FindingType.Recommendation)
                {
                    items++;
                    itemsRecommended += alone.Type == FindingType.Recommendation ? 1 : 0;
                }
            }
        }

        var summary = $"type {sameType}/{units}, area in judgement sections {sameArea}/{inJudgements}, recommendations {itemsRecommended}/{items}";
        Assert.True(units > 300 && inJudgements > 100 && items > 10, summary);

        // Model 2026-11 (a80b8633): type 624/811, area 402/547, recommendations 16/18; without the text-alone heads
        // 422/811, 284/547, 9/18. Cross-validated on hand labels from text alone: type macro-F1 0.810, area 0.764.
        // From 0.6.0 a mined sentence is also blended with its paragraph, which the bare sentence cannot be: type 566/811.
        Assert.True(sameType >= units * 0.65, summary);
        Assert.True(sameArea >= inJudgements * 0.65, summary);
        Assert.True(itemsRecommended >= items * 0.75, summary);
    }

    [Fact]
    public void Raw_sentences_about_one_area_each_get_that_area()
    {
        // Ten sentences written for this test (none from a report), each plainly about one area by docs/labels.md's
        // "covers" column. One borderline miss is tolerated: the model is 0.86 accurate from text alone.
        (string Text, JudgementArea Area)[] sentences =
        [
            ("Personal advisers do not keep in touch with all care leavers, and too many pathway plans are out of date.", JudgementArea.CareLeavers),
            ("Foster carers receive regular supervision and say they feel very well supported.", JudgementArea.ChildrenInCare),
            ("Strategy discussions are held promptly when concerns about a child's safety escalate.", JudgementArea.HelpAndProtection),
            ("Senior leaders have a precise understanding of the quality of practice through a well-established audit programme.", JudgementArea.Leadership),
            ("Most children in care live in stable placements that meet their needs.", JudgementArea.ChildrenInCare),
            ("Care leavers are helped to find suitable accommodation and most are in education, employment or training.", JudgementArea.CareLeavers),
            ("Referrals to the multi-agency safeguarding hub are screened quickly and thresholds are well understood by partners.", JudgementArea.HelpAndProtection),
            ("Caseloads are manageable and social workers receive regular reflective supervision.", JudgementArea.Leadership),
            ("Inspectors spoke to social workers and managers and looked at case records.", JudgementArea.General),
            ("Independent reviewing officers challenge drift in children's plans effectively.", JudgementArea.ChildrenInCare),
        ];
        var findings = _samples.Miner.Classify(sentences.Select(s => s.Text).ToList());
        var wrong = sentences.Zip(findings).Where(p => p.First.Area != p.Second.Area).Select(p => $"{p.First.Text} -> {p.Second.Area} ({p.Second.AreaConfidence:0.00})").ToList();
        Assert.True(wrong.Count <= 1, string.Join("\n", wrong));
    }

    [Theory]
    [InlineData("The experiences and progress of care leavers: requires improvement to be good", JudgementArea.CareLeavers)]
    [InlineData("The experiences and progress of children who need help and protection: good", JudgementArea.HelpAndProtection)]
    [InlineData("The impact of leaders on social work practice with children and families: good", JudgementArea.Leadership)]
    public void A_sentence_that_names_no_area_takes_the_area_of_the_judgement_heading_it_is_given(string heading, JudgementArea area)
    {
        // The heading is read by the parser's section rules even when only text and heading are known.
        var finding = _samples.Miner.Classify("Most of the plans seen by inspectors are reviewed regularly and are up to date.", heading);
        Assert.Equal(area, finding.Area);
    }

    [Theory]
    [InlineData("The experiences and progress of care leavers: requires improvement to be good", JudgementArea.CareLeavers)]
    [InlineData("The experiences and progress of children who need help and protection: good", JudgementArea.HelpAndProtection)]
    [InlineData("The experiences and progress of children looked after and achieving permanence: good", JudgementArea.ChildrenInCare)]
    public void Under_a_sub_heading_the_judgement_heading_of_the_path_gives_the_area(string judgement, JudgementArea area)
    {
        // SIF reports put "Inspection findings" and "Summary" under each judgement: the heading path keeps the judgement.
        var finding = _samples.Miner.Classify("Most of the plans seen by inspectors are reviewed regularly and are up to date.", judgement + Section.PathSeparator + "Inspection findings");
        Assert.Equal(area, finding.Area);
    }

    private static Finding Unit(MinedDocument doc, string text) => doc.Units.Single(u => u.Unit.Text == text).Finding;

    /// <summary>Mines the two fictional samples once for all tests.</summary>
    public sealed class MinedSamples
    {
        public MinedSamples()
        {
            Miner = new Miner();
            Letter = Miner.MineAsync(TestCorpus.Sample("westmarch-focused-visit.txt")).GetAwaiter().GetResult();
            Report = Miner.MineAsync(TestCorpus.Sample("westmarch-inspection.md")).GetAwaiter().GetResult();
        }

        public Miner Miner { get; }

        public MinedDocument Letter { get; }

        public MinedDocument Report { get; }
    }
}
