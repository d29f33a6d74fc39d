using Microsoft.VisualBasic.FileIO;

namespace InspectionMiner.Analysis;

/// <summary>
/// Where a report links each document: the Ofsted address in the <c>source_url</c> column of the <c>manifest.csv</c>
/// of the document's collection (a folder above it whose manifest lists its path), else its path relative to the
/// report's folder. Never an absolute path of the machine that mined it: a file that cannot be found is linked by
/// its file name beside the report.
/// </summary>
internal sealed class HtmlReportSources
{
    private readonly Dictionary<string, IReadOnlyDictionary<string, string>?> _manifests = new(StringComparer.Ordinal);
    private readonly string _reportDirectory;

    public HtmlReportSources(string? reportDirectory) => _reportDirectory = Path.GetFullPath(reportDirectory ?? ".");

    /// <summary>The link for a document stored with <paramref name="path"/>, to which the page is appended as <c>#page=N</c>.</summary>
    public string LinkFor(string path)
    {
        var full = Path.GetFullPath(path);
        if (SourceAddress(full) is { } url)
        {
            return url;
        }

        var target = File.Exists(full) ? Path.GetRelativePath(_reportDirectory, full) : Path.GetFileName(full);
        return Path.IsPathRooted(target) ? "./" + Path.GetFileName(full) : DocumentLink.For(target, null);
    }

    private string? SourceAddress(string full)
    {
        var dir = Path.GetDirectoryName(full);
        for (var depth = 0; dir is not null && depth < 4; depth++, dir = Path.GetDirectoryName(dir))
        {
            if (Manifest(dir) is { } manifest)
            {
                var key = Path.GetRelativePath(dir, full).Replace('\\', '/');
                return manifest.TryGetValue(key, out var url) ? url : null;
            }
        }

        return null;
    }

    private IReadOnlyDictionary<string, string>? Manifest(string dir)
    {
        if (_manifests.TryGetValue(dir, out var known))
        {
            return known;
        }

        var file = Path.Combine(dir, "manifest.csv");
        IReadOnlyDictionary<string, string>? manifest = null;
        if (File.Exists(file))
        {
            try
            {
                manifest = Read(file);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException or MalformedLineException)
            {
                manifest = new Dictionary<string, string>();
            }
        }

        _manifests[dir] = manifest;
        return manifest;
    }

    private static Dictionary<string, string> Read(string file)
    {
        var rows = new Dictionary<string, string>(StringComparer.Ordinal);
        using var parser = new TextFieldParser(file) { TextFieldType = FieldType.Delimited, HasFieldsEnclosedInQuotes = true };
        parser.SetDelimiters(",");
        var header = parser.ReadFields() ?? [];
        int pathColumn = Array.IndexOf(header, "path"), urlColumn = Array.IndexOf(header, "source_url");
        if (pathColumn < 0 || urlColumn < 0)
        {
            return rows;
        }

        while (parser.ReadFields() is { } f)
        {
            var url = f.Length > urlColumn ? f[urlColumn] : string.Empty;
            if (f.Length > pathColumn && f[pathColumn].Length > 0 && url.StartsWith("http", StringComparison.OrdinalIgnoreCase) && DocumentLink.For(url, null) == url)
            {
                rows[f[pathColumn].Replace('\\', '/')] = url;
            }
        }

        return rows;
    }
}
