using System.IO.Compression;
using InspectionMiner.Classification;
using InspectionMiner.Classification.Training;
using InspectionMiner.Labels;
using Microsoft.ML;
using Microsoft.ML.Data;
using Microsoft.ML.Trainers;
using Microsoft.ML.Transforms;

namespace InspectionMiner.Embeddings;

/// <summary>
/// Heads on a unit's MiniLM embedding and its structure words (document kind, section kind and area, focus, list item,
/// heading): a maximum-entropy head for the finding type, one for the judgement area, and a logistic-regression head
/// per theme, trained with single-threaded SDCA and a fixed seed on the hand-labelled units.
/// </summary>
/// <example>
/// <code>
/// TrainingSet set = await TrainingSetBuilder.BuildAsync("../shared/corpus", annotations);
/// using var embedder = new MiniLmEmbedder();
/// EmbeddingHeads heads = EmbeddingHeads.Train(set.Examples, embedder);
/// await using (var file = File.Create("embedding-heads.zip")) heads.Save(file);
/// </code>
/// </example>
public sealed class EmbeddingHeads
{
    private const string TypeEntry = "type.zip";
    private const string AreaEntry = "area.zip";
    private static readonly DateTimeOffset SavedEntryTime = new(2000, 1, 1, 0, 0, 0, TimeSpan.Zero);

    private readonly MLContext _ml;
    private readonly ITransformer _type;
    private readonly ITransformer _area;
    private readonly IReadOnlyDictionary<Theme, ITransformer> _themes;

    private EmbeddingHeads(MLContext ml, ITransformer type, ITransformer area, IReadOnlyDictionary<Theme, ITransformer> themes)
    {
        _ml = ml;
        _type = type;
        _area = area;
        _themes = themes;
    }

    /// <summary>True when the heads score themes too (heads saved before 0.5.1 score type and area only).</summary>
    public bool ScoresThemes => _themes.Count > 0;

    /// <summary>Trains the heads on the hand-labelled examples that carry a type, an area and their themes.</summary>
    /// <exception cref="ArgumentException">No example carries a type, an area and themes.</exception>
    public static EmbeddingHeads Train(IReadOnlyList<LabeledUnit> examples, MiniLmEmbedder embedder, int seed = 20261123)
    {
        ArgumentNullException.ThrowIfNull(examples);
        ArgumentNullException.ThrowIfNull(embedder);
        var hand = examples.Where(e => e.Source == AnnotationSource.Hand && e.Type is not null && e.Area is not null && e.Themes is not null).ToList();
        if (hand.Count == 0)
        {
            throw new ArgumentException("Training the embedding heads needs hand-labelled units with a type, an area and their themes.", nameof(examples));
        }

        return Train(hand, embedder.Embed(hand.Select(e => e.Context.Text).ToList()), seed);
    }

    /// <summary>Trains the heads on hand-labelled examples (each with a type, an area and themes) and their embeddings.</summary>
    internal static EmbeddingHeads Train(IReadOnlyList<LabeledUnit> hand, float[][] vectors, int seed)
    {
        var rows = hand.Select((e, i) => new EmbeddingRow
        {
            Embedding = vectors[i],
            Context = EmbeddingRow.ContextOf(e.Context),
            Type = e.Type!.Value.ToString(),
            Area = e.Area!.Value.ToString(),
        }).ToList();
        var ml = new MLContext(seed);
        var data = ml.Data.LoadFromEnumerable(rows);
        var themes = new Dictionary<Theme, ITransformer>();
        foreach (var theme in Enum.GetValues<Theme>())
        {
            var labelled = ml.Data.LoadFromEnumerable(rows.Select((r, i) => new EmbeddingRow { Embedding = r.Embedding, Context = r.Context, HasTheme = hand[i].Themes!.Contains(theme) }).ToList());
            themes[theme] = ThemeHead(ml).Fit(labelled);
        }

        return new EmbeddingHeads(ml, Head(ml, nameof(EmbeddingRow.Type)).Fit(data), Head(ml, nameof(EmbeddingRow.Area)).Fit(data), themes);
    }

    /// <summary>Loads heads that <see cref="Save"/> wrote.</summary>
    /// <exception cref="InvalidDataException">The stream holds no embedding heads.</exception>
    public static EmbeddingHeads Load(Stream stream)
    {
        ArgumentNullException.ThrowIfNull(stream);
        var ml = new MLContext(0);
        using var zip = new ZipArchive(stream, ZipArchiveMode.Read, leaveOpen: true);
        ITransformer Entry(string name)
        {
            var entry = zip.GetEntry(name) ?? throw new InvalidDataException($"Not embedding heads: no '{name}' entry.");
            using var buffer = new MemoryStream();
            using (var s = entry.Open())
            {
                s.CopyTo(buffer);
            }

            buffer.Position = 0;
            return ml.Model.Load(buffer, out _);
        }

        var themes = Enum.GetValues<Theme>().Where(t => zip.GetEntry(ThemeEntry(t)) is not null).ToDictionary(t => t, t => Entry(ThemeEntry(t)));
        return new EmbeddingHeads(ml, Entry(TypeEntry), Entry(AreaEntry), themes);
    }

    /// <summary>The heads shipped in this package, trained on the project's committed hand labels.</summary>
    /// <exception cref="InvalidOperationException">The package was built without trained heads.</exception>
    public static EmbeddingHeads LoadEmbedded()
    {
        using var stream = typeof(EmbeddingHeads).Assembly.GetManifestResourceStream("InspectionMiner.Embeddings.embedding-heads.zip")
            ?? throw new InvalidOperationException("InspectionMiner.Embeddings was built without embedding heads; train them with `inspection-miner train --embeddings`.");
        return Load(stream);
    }

    /// <summary>Saves the heads as one zip; the same heads save to the same bytes.</summary>
    public void Save(Stream stream)
    {
        ArgumentNullException.ThrowIfNull(stream);
        using var zip = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: true);
        foreach (var (name, model) in new[] { (TypeEntry, _type), (AreaEntry, _area) }.Concat(_themes.OrderBy(t => t.Key).Select(t => (ThemeEntry(t.Key), t.Value))))
        {
            using var buffer = new MemoryStream();
            _ml.Model.Save(model, null, buffer);

            // ML.NET stamps every entry with the time of saving; a fixed stamp makes the same heads the same file.
            using (var saved = new ZipArchive(buffer, ZipArchiveMode.Update, leaveOpen: true))
            {
                foreach (var inner in saved.Entries)
                {
                    inner.LastWriteTime = SavedEntryTime;
                }
            }

            var entry = zip.CreateEntry(name, CompressionLevel.Optimal);
            entry.LastWriteTime = SavedEntryTime;
            using var s = entry.Open();
            s.Write(buffer.GetBuffer(), 0, (int)buffer.Length);
        }
    }

    /// <summary>The type, area and (when the heads score them) theme probabilities of each unit, given its embedding.</summary>
    internal EmbeddingScores[] Score(IReadOnlyList<UnitContext> units, float[][] embeddings)
    {
        var rows = units.Select((u, i) => new EmbeddingRow { Embedding = embeddings[i], Context = EmbeddingRow.ContextOf(u) }).ToList();
        var data = _ml.Data.LoadFromEnumerable(rows);
        var types = Probabilities<FindingType>(_type.Transform(data));
        var areas = Probabilities<JudgementArea>(_area.Transform(data));
        var themes = _themes.ToDictionary(t => t.Key, t => t.Value.Transform(data).GetColumn<float>("Probability").ToArray());
        return types.Select((t, i) => new EmbeddingScores(t, areas[i], themes.ToDictionary(p => p.Key, p => p.Value[i]))).ToArray();
    }

    private static Dictionary<T, float>[] Probabilities<T>(IDataView scored)
        where T : struct, Enum
    {
        VBuffer<ReadOnlyMemory<char>> names = default;
        scored.Schema["Score"].GetSlotNames(ref names);
        var labels = names.DenseValues().Select(n => Enum.Parse<T>(n.ToString())).ToArray();
        return scored.GetColumn<float[]>("Score").Select(s => labels.Zip(s).ToDictionary(p => p.First, p => p.Second)).ToArray();
    }

    private static string ThemeEntry(Theme theme) => $"theme-{theme}.zip";

    private static IEstimator<ITransformer> ThemeHead(MLContext ml) =>
        ml.Transforms.Text.FeaturizeText("ContextF", nameof(EmbeddingRow.Context))
            .Append(ml.Transforms.Concatenate("Features", nameof(EmbeddingRow.Embedding), "ContextF"))
            .Append(ml.BinaryClassification.Trainers.SdcaLogisticRegression(new SdcaLogisticRegressionBinaryTrainer.Options
            {
                LabelColumnName = nameof(EmbeddingRow.HasTheme),
                FeatureColumnName = "Features",
                NumberOfThreads = 1,
                Shuffle = false,
            }));

    private static IEstimator<ITransformer> Head(MLContext ml, string label) =>
        ml.Transforms.Text.FeaturizeText("ContextF", nameof(EmbeddingRow.Context))
            .Append(ml.Transforms.Concatenate("Features", nameof(EmbeddingRow.Embedding), "ContextF"))
            .Append(ml.Transforms.Conversion.MapValueToKey("Label", label, keyOrdinality: ValueToKeyMappingEstimator.KeyOrdinality.ByValue))
            .Append(ml.MulticlassClassification.Trainers.SdcaMaximumEntropy(new SdcaMaximumEntropyMulticlassTrainer.Options
            {
                LabelColumnName = "Label",
                FeatureColumnName = "Features",
                NumberOfThreads = 1,
                Shuffle = false,
            }));
}
