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
}
