using InspectionMiner.Classification.Training;
using InspectionMiner.Labels;

namespace InspectionMiner.Classification.Evaluation;

/// <summary>One document of a blind test set, with the framework and kind it stands for (set when the set was drawn).</summary>
/// <param name="Document">The document's path relative to the corpus root.</param>
/// <param name="Framework">The inspection framework it was written under.</param>
/// <param name="Kind">What kind of document it is.</param>
/// <example>
/// <code>
/// BlindTestSet set = await BlindTestSet.LoadAsync("corpus/annotations/blind", ct);
/// foreach (BlindDocument d in set.Documents.Where(d =&gt; d.Framework == Framework.Sif))
///     Console.WriteLine($"{d.Document} ({d.Kind})");
/// </code>
/// </example>
public sealed record BlindDocument(string Document, Framework Framework, DocumentKind Kind);

/// <summary>
/// A blind test set: documents of held-out authorities, with gold labels that two annotators gave independently and
/// that were settled by reading where they disagreed. No model, rule or threshold is tuned on it. A folder holds
/// <c>documents.csv</c> (<c>document,framework,kind,...</c>) and <c>gold.jsonl</c> (annotations, one per unit).
/// </summary>
/// <param name="Documents">The documents and the strata they stand for.</param>
/// <param name="Gold">The settled label of every unit, keyed by document and unit hash.</param>
/// <example>
/// <code>
/// BlindTestSet set = await BlindTestSet.LoadAsync("corpus/annotations/blind", ct);
/// BlindTestResult result = await BlindTest.RunAsync(new Miner(), "../shared/corpus", set, ct);
/// Console.WriteLine($"type macro-F1 {result.Type.MacroF1:0.000} on {result.Units} units");
/// </code>
/// </example>
public sealed record BlindTestSet(IReadOnlyList<BlindDocument> Documents, IReadOnlyList<Annotation> Gold)
{
    /// <summary>Reads a blind test set from its folder.</summary>
    /// <exception cref="FileNotFoundException">The folder lacks <c>documents.csv</c> or <c>gold.jsonl</c>.</exception>
    /// <exception cref="InvalidDataException">A line is malformed; the message names the file and line.</exception>
    public static async Task<BlindTestSet> LoadAsync(string folder, CancellationToken cancellationToken = default)
    {
        var documentsFile = Path.Combine(folder, "documents.csv");
        var goldFile = Path.Combine(folder, "gold.jsonl");
        foreach (var file in new[] { documentsFile, goldFile })
        {
            if (!File.Exists(file))
            {
                throw new FileNotFoundException($"{file}: the blind test set needs this file", file);
            }
        }

        var lines = await File.ReadAllLinesAsync(documentsFile, cancellationToken).ConfigureAwait(false);
        var header = lines[0].Split(',');
        int doc = Array.IndexOf(header, "document"), framework = Array.IndexOf(header, "framework"), kind = Array.IndexOf(header, "kind");
        if (doc < 0 || framework < 0 || kind < 0)
        {
            throw new InvalidDataException($"{documentsFile}:1: needs the columns document, framework and kind");
        }

        var documents = new List<BlindDocument>();
        for (var i = 1; i < lines.Length; i++)
        {
            var cells = lines[i].Split(',');
            if (cells.Length < header.Length || !Enum.TryParse<Framework>(cells[framework], out var f) || !Enum.TryParse<DocumentKind>(cells[kind], out var k))
            {
                throw new InvalidDataException($"{documentsFile}:{i + 1}: not a document with a known framework and kind");
            }

            documents.Add(new BlindDocument(cells[doc], f, k));
        }

        var gold = new List<Annotation>();
        await foreach (var a in AnnotationStore.ReadAsync(goldFile, cancellationToken).ConfigureAwait(false))
        {
            gold.Add(a);
        }

        return new BlindTestSet(documents, gold);
    }
}
