namespace InspectionMiner.Analysis;

/// <summary>
/// The link from the report to a document: an http(s) address, or a file path made relative (<c>./</c>) or kept
/// from the root, never anything a browser would read as another scheme. A folder named <c>javascript:alert(1)</c>
/// becomes <c>./javascript:alert(1)/…</c>, a path, not a script; <c>//host/x</c> becomes <c>/host/x</c>.
/// </summary>
internal static class DocumentLink
{
    /// <param name="path">The document's path as stored.</param>
    /// <param name="linkBase">A folder or http(s) address the document's file name is put under; the path as stored when null.</param>
    public static string For(string path, string? linkBase)
    {
        var target = (linkBase is null ? path : linkBase.TrimEnd('/', '\\') + "/" + System.IO.Path.GetFileName(path)).Replace('\\', '/');
        if (IsWebAddress(target))
        {
            return target;
        }

        if (target.StartsWith("./", StringComparison.Ordinal) || target.StartsWith("../", StringComparison.Ordinal))
        {
            return target;
        }

        return target.StartsWith('/') ? "/" + target.TrimStart('/') : "./" + target;
    }

    private static bool IsWebAddress(string target) =>
        (target.StartsWith("http://", StringComparison.OrdinalIgnoreCase) || target.StartsWith("https://", StringComparison.OrdinalIgnoreCase)) &&
        Uri.TryCreate(target, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https" && !string.IsNullOrEmpty(uri.Host);
}
