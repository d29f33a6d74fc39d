using InspectionMiner.Classification;
using InspectionMiner.Classification.Training;

namespace InspectionMiner.Tests.Classification;

public class TrainingTests
{
    [Fact]
    public async Task The_same_data_and_seed_give_the_same_model()
    {
        var annotations = (await AnnotationStore.ReadAllAsync(Path.Combine(TestCorpus.RepoRoot, "corpus", "annotations"), "hand"))
            .Where(a => a.Document.StartsWith("seeds/", StringComparison.Ordinal) || a.Document.StartsWith("focused-visits/l", StringComparison.Ordinal)).ToList();
        var set = await TrainingSetBuilder.BuildAsync(TestCorpus.Shared, annotations);
        var options = new ModelTrainerOptions(Seed: 7, CharGrams: false);
        var a = ModelTrainer.Train(set.Examples, options);
        var b = ModelTrainer.Train(set.Examples, options);

        var probe = await new Miner(a).MineAsync(TestCorpus.Sample("westmarch-inspection.md"));
        var units = probe.Units.Select(u => UnitContext.From(probe.Document, u.Unit.Index)).ToList();
        var fa = a.Classify(units);
        var fb = b.Classify(units);
        Assert.Equal(fa.Select(f => (f.Type, f.TypeConfidence, f.Area, f.AreaConfidence)), fb.Select(f => (f.Type, f.TypeConfidence, f.Area, f.AreaConfidence)));
        Assert.Equal(fa.SelectMany(f => f.ThemeScores.Select(s => s.Probability)), fb.SelectMany(f => f.ThemeScores.Select(s => s.Probability)));
    }
}
