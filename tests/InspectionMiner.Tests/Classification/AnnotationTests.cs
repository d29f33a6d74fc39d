using InspectionMiner.Classification.Training;

namespace InspectionMiner.Tests.Classification;

/// <summary>The committed annotations against the real corpus: they must all still resolve to a unit.</summary>
public class AnnotationTests
{
    [Fact]
    [Trait(TestSets.Category, TestSets.Full)] // parses every annotated document
    public async Task Every_hand_annotation_resolves_to_a_unit_of_the_current_segmentation()
    {
        var annotations = await AnnotationStore.ReadAllAsync(Path.Combine(TestCorpus.RepoRoot, "corpus", "annotations"), "hand");
        Assert.True(annotations.Count >= 4000);
        Assert.True(annotations.Select(a => a.Document).Where(d => d.StartsWith("ilacs/", StringComparison.Ordinal)).Distinct().Count() >= 80);
        Assert.True(annotations.Select(a => a.Document).Where(d => d.StartsWith("focused-visits/", StringComparison.Ordinal)).Distinct().Count() >= 30);

        var set = await TrainingSetBuilder.BuildAsync(TestCorpus.Shared, annotations);
        Assert.Empty(set.Unresolved);
        Assert.Equal(annotations.Count, set.Hand.Count());
    }

    [Fact]
    public async Task A_changed_unit_is_reported_as_unresolved_not_silently_dropped()
    {
        var real = (await AnnotationStore.ReadAllAsync(Path.Combine(TestCorpus.RepoRoot, "corpus", "annotations"), "hand"))
            .First(a => a.Document.StartsWith("seeds/", StringComparison.Ordinal));
        var stale = real with { Hash = "0000000000000000" };
        var missing = real with { Document = "ilacs/nowhere/2020-01-01.pdf" };
        var set = await TrainingSetBuilder.BuildAsync(TestCorpus.Shared, [real, stale, missing]);
        Assert.Single(set.Hand);
        Assert.Equal(2, set.Unresolved.Count);
        Assert.Contains(set.Unresolved, u => u.Annotation == stale && u.Reason.Contains("segmentation", StringComparison.Ordinal));
        Assert.Contains(set.Unresolved, u => u.Annotation == missing && u.Reason.Contains("not found", StringComparison.Ordinal));
    }
}
