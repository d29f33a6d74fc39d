using InspectionMiner.Classification;
using InspectionMiner.Ingestion;

namespace InspectionMiner;

/// <summary>The outcome of one file of a batch: the mined document, or the typed error that names the file and the reason.</summary>
/// <param name="Path">The file.</param>
/// <param name="Document">The mined document; null when the file could not be read.</param>
/// <param name="Error">Why the file could not be read; null on success.</param>
/// <example>
/// <code>
/// var failed = new List&lt;string&gt;();
/// await foreach (MineResult r in miner.MineManyAsync(Directory.GetFiles("letters", "*.pdf"), maxParallelism: 2, cancellationToken: ct))
/// {
///     if (r.Succeeded)
///         Console.WriteLine($"{r.Path}: {r.Document!.Findings.Count()} findings");
///     else
///         failed.Add($"{r.Path}: {r.Error!.Reason}");   // the batch goes on
/// }
/// </code>
/// </example>
public sealed record MineResult(string Path, MinedDocument? Document, DocumentReadException? Error)
{
    /// <summary>True when the file was mined.</summary>
    public bool Succeeded => Document is not null;
}
