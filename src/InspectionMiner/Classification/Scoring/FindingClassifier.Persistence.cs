using System.IO.Compression;
using System.Text.Json;
using Microsoft.ML;

namespace InspectionMiner.Classification;

/// <summary>Loading and saving a <see cref="FindingClassifier"/>: the embedded model, a trained model's files, streams.</summary>
public sealed partial class FindingClassifier
{
    private const string ResourceName = "InspectionMiner.findings-model.zip";
    private const string InfoResourceName = "InspectionMiner.findings-model.json";

    /// <summary>The entry of the model zip that holds the area lexicon, beside ML.NET's own entries.</summary>
    private const string LexiconEntry = "InspectionMiner/AreaLexicon.txt";

    /// <summary>The time stamp every entry of a saved model carries, so that the same model saves to the same bytes.</summary>
    private static readonly DateTimeOffset SavedEntryTime = new(2000, 1, 1, 0, 0, 0, TimeSpan.Zero);

    /// <summary>Loads the model embedded in the library. Needs no file on disk.</summary>
    /// <exception cref="InvalidOperationException">The library was built without a trained model.</exception>
    public static FindingClassifier LoadEmbedded()
    {
        var assembly = typeof(FindingClassifier).Assembly;
        using var model = assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"The library was built without its model (embedded resource {ResourceName} is missing). Run `inspection-miner train` and rebuild.");
        using var info = assembly.GetManifestResourceStream(InfoResourceName);
        return Load(model, info);
    }

    /// <summary>The embedded model's <see cref="Info"/>, read without loading the model; defaults when the library has none.</summary>
    internal static ModelInfo EmbeddedInfo()
    {
        using var info = typeof(FindingClassifier).Assembly.GetManifestResourceStream(InfoResourceName);
        return info is null ? new ModelInfo() : JsonSerializer.Deserialize<ModelInfo>(info, ModelInfo.JsonOptions) ?? new ModelInfo();
    }

    /// <summary>
    /// Loads a model that <c>inspection-miner train --out FOLDER</c> saved: <paramref name="path"/> is its
    /// <c>findings-model.zip</c> or the folder holding it; the <c>findings-model.json</c> beside the zip, when present,
    /// gives its <see cref="Info"/>.
    /// </summary>
    /// <exception cref="FileNotFoundException">There is no model at <paramref name="path"/>.</exception>
    /// <exception cref="InvalidDataException">The file is not a model saved by <c>train</c>; the message names it and says why.</exception>
    public static FindingClassifier Load(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        var zip = Directory.Exists(path) ? Path.Combine(path, "findings-model.zip") : path;
        if (!File.Exists(zip))
        {
            throw new FileNotFoundException($"{zip}: no model there (a model is the findings-model.zip that `inspection-miner train --out FOLDER` writes)", zip);
        }

        var infoPath = Path.Combine(Path.GetDirectoryName(Path.GetFullPath(zip))!, "findings-model.json");
        try
        {
            using var model = File.OpenRead(zip);
            using var info = File.Exists(infoPath) ? File.OpenRead(infoPath) : null;
            return Load(model, info);
        }
        catch (Exception e) when (e is InvalidDataException or FormatException or InvalidOperationException or JsonException or ArgumentException or NotSupportedException)
        {
            throw new InvalidDataException($"{zip}: not a model saved by `inspection-miner train` ({e.Message})", e);
        }
    }

    /// <summary>Loads a model saved by <see cref="Training.ModelTrainer"/> (<c>inspection-miner train --out</c>).</summary>
    /// <param name="model">The ML.NET model zip (with the area lexicon as one more entry).</param>
    /// <param name="info">Its <see cref="ModelInfo"/> JSON; null for defaults.</param>
    public static FindingClassifier Load(Stream model, Stream? info = null)
    {
        ArgumentNullException.ThrowIfNull(model);
        var buffer = new MemoryStream();
        model.CopyTo(buffer);
        AreaLexicon? lexicon = null;
        buffer.Position = 0;
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Read, leaveOpen: true))
        {
            if (zip.GetEntry(LexiconEntry) is { } entry)
            {
                using var reader = new StreamReader(entry.Open());
                lexicon = AreaLexicon.Deserialize(reader.ReadToEnd());
            }
        }

        buffer.Position = 0;
        var ml = new MLContext(seed: 0);
        var transformer = ml.Model.Load(buffer, out _);
        var modelInfo = info is null ? new ModelInfo() : JsonSerializer.Deserialize<ModelInfo>(info, ModelInfo.JsonOptions) ?? new ModelInfo();
        return new FindingClassifier(ml, transformer, modelInfo, lexicon);
    }

    /// <summary>
    /// Saves the model and its info (what <see cref="Load(Stream, Stream?)"/> reads). The same model saves to the same bytes: a model
    /// trained again from the same data and seed is the same file.
    /// </summary>
    public void Save(Stream model, Stream info)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(info);
        var buffer = new MemoryStream();
        _ml.Model.Save(_model, _ml.Data.LoadFromEnumerable(Array.Empty<ModelRow>()).Schema, buffer);
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Update, leaveOpen: true))
        {
            if (_lexicon is not null)
            {
                using var writer = new StreamWriter(zip.CreateEntry(LexiconEntry, CompressionLevel.Optimal).Open());
                writer.Write(_lexicon.Serialize());
            }

            // ML.NET stamps every entry with the time of saving; a fixed stamp makes the same model the same file.
            foreach (var entry in zip.Entries)
            {
                entry.LastWriteTime = SavedEntryTime;
            }
        }

        buffer.Position = 0;
        buffer.CopyTo(model);
        JsonSerializer.Serialize(info, Info, ModelInfo.JsonOptions);
    }
}
