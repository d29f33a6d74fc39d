namespace InspectionMiner.Cli.Corpus;

/// <summary>
/// Turns a manifest's source URL into the address to fetch. With <c>--base-url</c> the scheme, host and port (and any
/// path prefix of the base) replace those of the recorded URL, keeping its path and query: a mirror, or the local
/// server of the tests, serves <c>/v1/file/50004273</c> as Ofsted does.
/// </summary>
internal static class SourceUrl
{
    /// <summary>The address of <paramref name="sourceUrl"/>, moved onto <paramref name="baseUrl"/> when one is given.</summary>
    public static Uri Resolve(string sourceUrl, Uri? baseUrl)
    {
        var source = new Uri(sourceUrl, UriKind.Absolute);
        if (baseUrl is null)
        {
            return source;
        }

        var builder = new UriBuilder(baseUrl)
        {
            Path = baseUrl.AbsolutePath.TrimEnd('/') + source.AbsolutePath,
            Query = source.Query.TrimStart('?'),
        };
        return builder.Uri;
    }

    /// <summary>True when <paramref name="text"/> is an absolute http or https URL (a source URL, or a <c>--base-url</c>).</summary>
    public static bool IsHttpUrl(string text) =>
        Uri.TryCreate(text, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps);
}
