namespace InspectionMiner.Cli.Corpus;

/// <summary>
/// The outcome of one manifest row: <paramref name="Bytes"/> is the size of the file now in place (0 when none is),
/// <paramref name="Error"/> the reason for a failure (HTTP status, checksum error, network error), without the document.
/// </summary>
internal sealed record DownloadResult(ManifestEntry Entry, DownloadOutcome Outcome, long Bytes = 0, string? Error = null)
{
    /// <summary>The document and, for a failure, why: <c>ilacs/x/2019-01-01.pdf: HTTP 404 Not Found from ...</c>.</summary>
    public override string ToString() => Error is null ? $"{Entry.Document}: {Outcome}" : $"{Entry.Document}: {Error}";
}
