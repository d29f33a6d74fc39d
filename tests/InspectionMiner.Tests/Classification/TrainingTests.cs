using InspectionMiner.Classification;
using InspectionMiner.Classification.Training;

namespace InspectionMiner.Tests.Classification;

[Trait(TestSets.Category, TestSets.Full)] // trains models on the annotated corpus
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
        var savedA = Saved(a);
        var b = ModelTrainer.Train(set.Examples, options); // seconds later: a time stamp in the file would differ
        var savedB = Saved(b);

        var probe = await new Miner(a).MineAsync(TestCorpus.Sample("westmarch-inspection.md"));
        var units = probe.Units.Select(u => UnitContext.From(probe.Document, u.Unit.Index)).ToList();
        var fa = a.Classify(units);
        var fb = b.Classify(units);
        Assert.Equal(fa.Select(f => (f.Type, f.TypeConfidence, f.Area, f.AreaConfidence)), fb.Select(f => (f.Type, f.TypeConfidence, f.Area, f.AreaConfidence)));
        Assert.Equal(fa.SelectMany(f => f.ThemeScores.Select(s => s.Probability)), fb.SelectMany(f => f.ThemeScores.Select(s => s.Probability)));
        Assert.Equal(savedA.Model, savedB.Model);
        Assert.Equal(savedA.Info, savedB.Info);
    }

    private static (byte[] Model, byte[] Info) Saved(FindingClassifier model)
    {
        using var zip = new MemoryStream();
        using var info = new MemoryStream();
        model.Save(zip, info);
        return (zip.ToArray(), info.ToArray());
    }

    [Fact]
    public async Task A_saved_model_loads_with_its_area_lexicon_and_classifies_as_before()
    {
        var annotations = (await AnnotationStore.ReadAllAsync(Path.Combine(TestCorpus.RepoRoot, "corpus", "annotations"), "hand"))
            .Where(a => a.Document.StartsWith("seeds/", StringComparison.Ordinal) || a.Document.StartsWith("focused-visits/l", StringComparison.Ordinal)).ToList();
        var weak = Directory.GetFiles(Path.Combine(TestCorpus.Shared, "ilacs"), "*.pdf", SearchOption.AllDirectories).Order(StringComparer.Ordinal)
            .Where((_, i) => i % 60 == 0).Select(f => Path.GetRelativePath(TestCorpus.Shared, f).Replace('\\', '/')).ToList();
        var set = await TrainingSetBuilder.BuildAsync(TestCorpus.Shared, annotations, weak);
        var model = ModelTrainer.Train(set.Examples, new ModelTrainerOptions(Seed: 7, CharGrams: false));
        Assert.True(model.Info.WeakLabels > 100, $"{model.Info.WeakLabels} weak area labels");

        using var zip = new MemoryStream();
        using var info = new MemoryStream();
        model.Save(zip, info);
        using (var archive = new System.IO.Compression.ZipArchive(new MemoryStream(zip.ToArray())))
        {
            Assert.NotNull(archive.GetEntry("InspectionMiner/AreaLexicon.txt"));
        }

        zip.Position = 0;
        info.Position = 0;
        var loaded = FindingClassifier.Load(zip, info);

        var probe = await new Miner(model).MineAsync(TestCorpus.Sample("westmarch-inspection.md"));
        var units = probe.Units.Select(u => UnitContext.From(probe.Document, u.Unit.Index)).ToList();
        Assert.Equal(
            model.Classify(units).Select(f => (f.Type, f.TypeConfidence, f.Area, f.AreaConfidence)),
            loaded.Classify(units).Select(f => (f.Type, f.TypeConfidence, f.Area, f.AreaConfidence)));
        Assert.Equal(model.Info, loaded.Info);
    }
}
