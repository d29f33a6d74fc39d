using InspectionMiner.Classification;
using InspectionMiner.Classification.Evaluation;
using InspectionMiner.Classification.Training;
using InspectionMiner.Labels;

namespace InspectionMiner.Tests.Classification;

public class EvaluationTests
{
    [Fact]
    public void Multiclass_metrics_follow_their_definitions()
    {
        FindingType[] gold = [FindingType.Strength, FindingType.Strength, FindingType.Neutral, FindingType.Recommendation];
        FindingType[] predicted = [FindingType.Strength, FindingType.Neutral, FindingType.Neutral, FindingType.Recommendation];
        var report = MulticlassReport.Compute(gold, predicted);
        Assert.Equal(0.75, report.Accuracy, 6);
        Assert.Equal(1.0, report["Strength"].Precision, 6);
        Assert.Equal(0.5, report["Strength"].Recall, 6);
        Assert.Equal(0.5, report["Neutral"].Precision, 6);
        Assert.Equal(1, report.Confusion[(int)FindingType.Strength][(int)FindingType.Neutral]);
        // Macro-F1 averages the classes present in the gold labels: Strength 2/3, Neutral 2/3, Recommendation 1.
        Assert.Equal((2 / 3.0 + 2 / 3.0 + 1) / 3, report.MacroF1, 6);
    }

    [Fact]
    public void Multilabel_micro_f1_counts_every_decision()
    {
        IReadOnlyCollection<Theme>[] gold = [[Theme.Assessment, Theme.Planning], [Theme.Health], []];
        IReadOnlyCollection<Theme>[] predicted = [[Theme.Assessment], [Theme.Health, Theme.Education], []];
        var report = MultilabelReport.Compute(gold, predicted);
        Assert.Equal(2 / 3.0, report.MicroPrecision, 6);
        Assert.Equal(2 / 3.0, report.MicroRecall, 6);
    }

    [Fact]
    public async Task Folds_never_put_one_authority_on_both_sides()
    {
        var annotations = await AnnotationStore.ReadAllAsync(Path.Combine(TestCorpus.RepoRoot, "corpus", "annotations"), "hand");
        var examples = annotations.Select(a => new LabeledUnit(UnitContext.FromText("x"), a.Type, a.Area, a.Themes, a.Document, a.Document.Split('/')[^2], AnnotationSource.Hand)).ToList();
        var folds = CrossValidator.AssignFolds(examples, 5, 1);
        Assert.Equal(examples.Select(e => e.Group).Distinct().Count(), folds.Count);
        var sizes = examples.GroupBy(e => folds[e.Group]).Select(g => g.Count()).ToList();
        Assert.Equal(5, sizes.Count);
        Assert.True(sizes.Min() > sizes.Max() * 0.8, "folds are balanced");
    }

    [Fact]
    public void The_keyword_baseline_follows_its_rules()
    {
        var baseline = new KeywordBaseline();
        Assert.Equal(FindingType.Recommendation, baseline.Classify(UnitContext.FromText("The local authority should ensure plans are reviewed.")).Type);
        Assert.Equal(FindingType.AreaForImprovement, baseline.Classify(UnitContext.FromText("Plans are inconsistent and lack detail.")).Type);
        Assert.Equal(JudgementArea.CareLeavers, baseline.Classify(UnitContext.FromText("Pathway plans are up to date.")).Area);
    }

    [Fact]
    public async Task Area_strata_sort_units_by_where_they_sit_and_score_each_stratum()
    {
        var report = await TestCorpus.ParseAsync(TestCorpus.Sample("westmarch-inspection.md"));
        var letter = await TestCorpus.ParseAsync(TestCorpus.FocusedVisit("hillingdon/2020-02-07.pdf"));
        string Stratum(InspectionMiner.Structure.InspectionDocument d, string start) =>
            AreaStratum.NameFor(UnitContext.From(d, d.Units.ToList().FindIndex(u => u.Text.StartsWith(start, StringComparison.Ordinal))));

        Assert.Equal(AreaStratum.JudgementSections, Stratum(report, "Personal education plans"));
        Assert.Equal(AreaStratum.ImprovementLists, Stratum(report, "Management oversight of work"));
        Assert.Equal(AreaStratum.SummaryAndOther, Stratum(report, "Services for children in Westmarch"));
        Assert.Equal(AreaStratum.Letters, Stratum(letter, letter.Units[^1].Text));

        // Three held-out units of the report: the first judgement unit's area wrong from text, every area right with structure.
        var units = new[] { "Personal education plans", "Management oversight of work", "Children come into care" }
            .Select(start => UnitContext.From(report, report.Units.ToList().FindIndex(u => u.Text.StartsWith(start, StringComparison.Ordinal)))).ToList();
        var gold = units.Select(u => new LabeledUnit(u, FindingType.Strength, u.SectionArea ?? JudgementArea.HelpAndProtection, [], "westmarch-inspection.md", "westmarch", AnnotationSource.Hand)).ToList();
        Finding F(JudgementArea area) => new(FindingType.Strength, 1, area, 1, [], [], [], []);
        var cv = new CrossValidationResult(null!, null!, [], 3, 3, [],
            [.. gold.Select(g => (g, F(g.Area!.Value)))],
            [F(JudgementArea.General), F(gold[1].Area!.Value), F(gold[2].Area!.Value)], []);

        var strata = AreaStratum.Of(cv);

        var judgement = strata.Single(s => s.Name == AreaStratum.JudgementSections);
        Assert.Equal((2, 0.5, 1.0), (judgement.Units, judgement.FromText, judgement.WithStructure));
        var lists = strata.Single(s => s.Name == AreaStratum.ImprovementLists);
        Assert.Equal((1, 1.0, 1.0), (lists.Units, lists.FromText, lists.WithStructure));
        Assert.Equal(3, strata.Single(s => s.Name == AreaStratum.AllReportSections).Units);
    }
}
