using InspectionMiner.Classification;
using InspectionMiner.Labels;
using InspectionMiner.Structure;

namespace InspectionMiner.Tests.Classification;

/// <summary>Each sentence's type and area blended with the other sentences of its paragraph, on real documents.</summary>
public class ParagraphBlendTests
{
    private static readonly Lazy<FindingClassifier> Model = new(FindingClassifier.LoadEmbedded);

    [Theory]
    [InlineData("ilacs", "hillingdon/2023-11-20.pdf")]
    [InlineData("focused-visits", "hillingdon/2020-02-07.pdf")]
    public async Task A_document_is_classified_unit_by_unit_then_each_sentence_with_its_paragraph(string folder, string relative)
    {
        var document = await TestCorpus.ParseAsync(folder == "ilacs" ? TestCorpus.Ilacs(relative) : TestCorpus.FocusedVisit(relative));
        var alone = Model.Value.Classify(UnitContext.AllOf(document));
        var blended = Model.Value.Classify(document);

        Assert.Equal(document.Units.Count, blended.Count);
        var changed = 0;
        for (var i = 0; i < document.Units.Count; i++)
        {
            var unit = document.Units[i];
            var (before, after) = (alone[i], blended[i]);
            Assert.Equal(before.Themes, after.Themes);
            var inParagraph = !unit.IsHeading && unit.Section.Kind != SectionKind.ImprovementList
                && document.Units.Any(u => u.Block == unit.Block && u.Index != unit.Index && !u.IsHeading);
            if (!inParagraph)
            {
                Assert.Equal((before.Type, before.TypeConfidence, before.Area, before.AreaConfidence), (after.Type, after.TypeConfidence, after.Area, after.AreaConfidence));
                continue;
            }

            Assert.InRange(after.TypeAlternatives.Sum(a => a.Probability), 0.999f, 1.001f);
            Assert.InRange(after.AreaAlternatives.Sum(a => a.Probability), 0.999f, 1.001f);
            Assert.Equal(after.AreaAlternatives[0].Label, after.Area);
            Assert.Equal(Model.Value.Info.NeedsReview(after.TypeConfidence, after.AreaConfidence), after.NeedsReview);
            changed += before.Area != after.Area || before.Type != after.Type ? 1 : 0;
        }

        // The paragraph settles the units the model was torn on, not the document.
        Assert.InRange(changed, 1, document.Units.Count / 10);
    }

    [Fact]
    public void A_sentence_torn_between_two_areas_takes_its_paragraphs()
    {
        var own = Finding(JudgementArea.Leadership, 0.45f, JudgementArea.ChildrenInCare, 0.40f);
        var paragraph = new[] { Finding(JudgementArea.ChildrenInCare, 0.9f, JudgementArea.Leadership, 0.05f), Finding(JudgementArea.ChildrenInCare, 0.8f, JudgementArea.Leadership, 0.1f) };
        var info = new ModelInfo(ReviewThreshold: 0.6f);

        var blended = ParagraphBlend.Apply(own, paragraph, info);
        Assert.Equal(JudgementArea.ChildrenInCare, blended.Area);
        Assert.InRange(blended.AreaAlternatives.Sum(a => a.Probability), 0.999f, 1.001f);
        Assert.Equal(blended.AreaConfidence < 0.6f || blended.TypeConfidence < 0.6f, blended.NeedsReview);
        Assert.Same(own, ParagraphBlend.Apply(own, [], info));

        // A sentence the model is sure of keeps its own area.
        var sure = Finding(JudgementArea.Leadership, 0.95f, JudgementArea.ChildrenInCare, 0.02f);
        Assert.Equal(JudgementArea.Leadership, ParagraphBlend.Apply(sure, paragraph, info).Area);
    }

    private static Finding Finding(JudgementArea first, float p1, JudgementArea second, float p2)
    {
        var rest = Enum.GetValues<JudgementArea>().Where(a => a != first && a != second).ToArray();
        var areas = new[] { new ScoredLabel<JudgementArea>(first, p1), new ScoredLabel<JudgementArea>(second, p2) }
            .Concat(rest.Select(a => new ScoredLabel<JudgementArea>(a, (1 - p1 - p2) / rest.Length))).ToArray();
        var types = new[] { new ScoredLabel<FindingType>(FindingType.Strength, 0.7f), new ScoredLabel<FindingType>(FindingType.Neutral, 0.2f), new ScoredLabel<FindingType>(FindingType.AreaForImprovement, 0.08f), new ScoredLabel<FindingType>(FindingType.Recommendation, 0.02f) };
        return new Finding(FindingType.Strength, 0.7f, first, p1, [], types, areas, []);
    }
}
