using System.Globalization;
using CsvHelper;

namespace InspectionMiner.Cli.Corpus;

/// <summary>
/// Reads the corpus manifest with CsvHelper. Only <c>document, collection, source_url, bytes, sha256</c> are needed;
/// other columns (authority, published, note...) are ignored. Every row is checked before anything is downloaded:
/// a document path must be relative and stay inside the corpus root, and a checksum must be 64 hex digits.
/// </summary>
internal static class CorpusManifest
{
    private static readonly string[] Required = ["document", "collection", "source_url", "bytes", "sha256"];

    /// <summary>Reads every row of the manifest at <paramref name="path"/>.</summary>
    /// <exception cref="ManifestException">The file is not CSV, a required column is missing, or a row is malformed.</exception>
    public static IReadOnlyList<ManifestEntry> Read(string path)
    {
        try
        {
            return ReadRows(path);
        }
        catch (Exception e) when (e is CsvFormatException or CsvValidationException)
        {
            throw new ManifestException($"{path}: not a readable CSV manifest: {e.Message}");
        }
    }

    private static List<ManifestEntry> ReadRows(string path)
    {
        using var csv = CsvReader.FromFile(path, CsvReaderOptions.Default with { Separator = ',', TrackLineNumbers = true });
        csv.ReadHeader();
        var missing = Required.Where(c => !csv.Headers.Contains(c, StringComparer.Ordinal)).ToList();
        if (missing.Count > 0)
        {
            throw new ManifestException($"{path}: missing column(s) {string.Join(", ", missing)}; needed: {string.Join(", ", Required)}");
        }

        var entries = new List<ManifestEntry>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        while (csv.Read())
        {
            var line = csv.LineNumber;
            var document = csv.GetString("document").Trim();
            var url = csv.GetString("source_url").Trim();
            var size = csv.GetString("bytes").Trim();
            var sha = csv.GetString("sha256").Trim();
            if (!IsSafeRelative(document))
            {
                throw new ManifestException($"{path}:{line}: document '{document}' must be a relative path inside the corpus root");
            }

            if (!seen.Add(document))
            {
                throw new ManifestException($"{path}:{line}: document '{document}' appears twice");
            }

            if (!long.TryParse(size, NumberStyles.None, CultureInfo.InvariantCulture, out var bytes))
            {
                throw new ManifestException($"{path}:{line}: bytes '{size}' of {document} is not a size");
            }

            if (sha.Length != 64 || !sha.All(char.IsAsciiHexDigit))
            {
                throw new ManifestException($"{path}:{line}: sha256 '{sha}' of {document} is not 64 hex digits");
            }

            if (url.Length > 0 && !SourceUrl.IsHttpUrl(url))
            {
                throw new ManifestException($"{path}:{line}: source_url '{url}' of {document} is not an http(s) URL");
            }

            entries.Add(new ManifestEntry(document, csv.GetString("collection").Trim(), url.Length == 0 ? null : url, bytes, sha.ToLowerInvariant()));
        }

        return entries;
    }

    private static bool IsSafeRelative(string document) =>
        document.Length > 0
        && !document.StartsWith('/')
        && !document.Contains('\\')
        && !Path.IsPathRooted(document)
        && document.Split('/').All(part => part.Length > 0 && part != "." && part != "..");
}
