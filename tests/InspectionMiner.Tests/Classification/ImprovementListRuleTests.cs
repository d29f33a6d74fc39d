using InspectionMiner.Classification;
using InspectionMiner.Labels;
using InspectionMiner.Structure;

namespace InspectionMiner.Tests.Classification;

/// <summary>Rule 1 of the label scheme: what is listed under a heading asking for improvement is a Recommendation.</summary>
public class ImprovementListRuleTests
{
    private static readonly Lazy<FindingClassifier> Model = new(FindingClassifier.LoadEmbedded);

    [Fact]
    public async Task The_narrative_under_a_2018_letters_improvement_heading_is_recommendation_or_neutral()
    {
        var document = await TestCorpus.ParseAsync(TestCorpus.FocusedVisit("newham/2018-03-01.pdf"));
        var findings = Model.Value.Classify(document);
        var listed = Enumerable.Range(0, document.Units.Count)
            .Where(i => document.Units[i].Section.Kind == SectionKind.ImprovementList && !document.Units[i].IsHeading).ToArray();

        Assert.True(listed.Length >= 5, $"{listed.Length} units under the improvement heading");
        foreach (var i in listed)
        {
            var finding = findings[i];
            Assert.Contains(finding.Type, new[] { FindingType.Recommendation, FindingType.Neutral });
            Assert.InRange(finding.TypeAlternatives.Sum(t => t.Probability), 0.999f, 1.001f);
            Assert.All(finding.TypeAlternatives.Where(t => t.Label is FindingType.Strength or FindingType.AreaForImprovement), t => Assert.Equal(0f, t.Probability));
        }

        Assert.Contains(listed, i => findings[i].Type == FindingType.Recommendation);

        // The type alone is chosen the same way.
        var contexts = UnitContext.AllOf(document);
        var types = Model.Value.ClassifyTypes(listed.Select(i => contexts[i]).ToList());
        Assert.Equal(listed.Select(i => (findings[i].Type, findings[i].TypeConfidence)), types.Select(t => (t.Label, t.Probability)));
    }

    [Fact]
    public void A_listed_unit_read_as_a_weakness_takes_the_likelier_of_recommendation_and_neutral()
    {
        var types = new[]
        {
            new ScoredLabel<FindingType>(FindingType.AreaForImprovement, 0.6f), new ScoredLabel<FindingType>(FindingType.Recommendation, 0.3f),
            new ScoredLabel<FindingType>(FindingType.Neutral, 0.06f), new ScoredLabel<FindingType>(FindingType.Strength, 0.04f),
        };
        var areas = new[] { new ScoredLabel<JudgementArea>(JudgementArea.Leadership, 0.9f), new ScoredLabel<JudgementArea>(JudgementArea.General, 0.1f) };
        var finding = new Finding(FindingType.AreaForImprovement, 0.6f, JudgementArea.Leadership, 0.9f, [], types, areas, []);
        var info = new ModelInfo(ReviewThreshold: 0.6f);
        const string text = "Management oversight is not consistent or sufficiently robust.";

        var listed = ImprovementListRule.Apply(new UnitContext(text, "What needs to improve?", SectionKind.ImprovementList), finding, info);
        Assert.Equal(FindingType.Recommendation, listed.Type);
        Assert.Equal(0.3f / 0.36f, listed.TypeConfidence, 4);
        Assert.Equal([FindingType.Recommendation, FindingType.Neutral], listed.TypeAlternatives.Take(2).Select(t => t.Label));
        Assert.Equal(1f, listed.TypeAlternatives.Sum(t => t.Probability), 4);
        Assert.Equal((JudgementArea.Leadership, 0.9f), (listed.Area, listed.AreaConfidence));

        var judged = ImprovementListRule.Apply(new UnitContext(text, "Leadership", SectionKind.Judgement, JudgementArea.Leadership), finding, info);
        Assert.Same(finding, judged);
    }

    [Fact]
    public void A_heading_of_an_improvement_list_is_left_to_the_model()
    {
        var heading = new UnitContext("What needs to improve in this area of social work practice", "What needs to improve in this area of social work practice", SectionKind.ImprovementList, IsHeading: true);
        Assert.False(ImprovementListRule.Takes(heading));
        Assert.Equal(FindingType.Neutral, Model.Value.Classify(heading).Type);
    }
}
