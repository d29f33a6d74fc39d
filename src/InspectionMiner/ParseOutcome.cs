using InspectionMiner.Ingestion;
using InspectionMiner.Structure;

namespace InspectionMiner;

/// <summary>The outcome of one file of a parse batch: the parsed document, or the typed error that names the file and the reason.</summary>
/// <param name="Path">The file.</param>
/// <param name="Document">The parsed document; null when the file could not be read.</param>
/// <param name="Error">Why the file could not be read; null on success.</param>
/// <example>
/// <code>
/// await foreach (ParseOutcome r in new DocumentParser().ParseManyAsync(["a.pdf", "b.txt"], cancellationToken: ct))
///     Console.WriteLine(r.Succeeded ? $"{r.Path}: {r.Document!.Facts.Authority}" : r.Error!.Message);
/// </code>
/// </example>
public sealed record ParseOutcome(string Path, InspectionDocument? Document, DocumentReadException? Error)
{
    /// <summary>True when the file was parsed.</summary>
    public bool Succeeded => Document is not null;
}
