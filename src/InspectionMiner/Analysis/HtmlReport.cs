using System.Globalization;
using System.IO.Compression;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace InspectionMiner.Analysis;

/// <summary>
/// Writes one self-contained HTML file (no network at view time: data, styles, scripts and charts are inline) that a
/// quality-assurance lead can open, share and print: a national view (themes by year for reports or letters, with a
/// legend, the shares in the cells and the document counts; grades and themes of every authority), a front page per
/// authority (its inspection history, grades, what became of its recommendations, and its statistical neighbours
/// beside it and the national picture), and a findings browser (sorted by date, paged, sortable by column, filtered by
/// kind, type, area, theme, authority, year and words, exported to CSV). The view and its filters live in the address,
/// so a view can be shared: <c>report.html#view=findings&amp;kind=report&amp;type=Recommendation&amp;theme=Health</c>.
/// Every finding links to its page at the Ofsted address of its document (from its collection's <c>manifest.csv</c>)
/// or, failing that, at its path relative to the report.
/// </summary>
/// <example>
/// <code>
/// await using var db = await FindingsDatabase.OpenAsync("findings.db", ct);
/// string html = HtmlReport.Build(
///     await db.DocumentsAsync(ct),
///     await db.FindingsAsync(ct),
///     new HtmlReportOptions { Title = "ILACS findings 2018-2025", ReportDirectory = "out" });
/// await File.WriteAllTextAsync("out/report.html", html, ct);
/// // Open out/report.html#view=authority&amp;authority=Luton for Luton's front page.
/// </code>
/// </example>
public static class HtmlReport
{
    /// <summary>Base64 characters in one data element: the page unpacks an element as soon as the browser has read it, while it reads the next.</summary>
    internal const int ChunkChars = 1 << 19;

    /// <summary>
    /// The packed findings as the page carries them: gzip in base64, cut into elements of <paramref name="chunkChars"/>
    /// characters (whole groups of four, so each decodes alone; together they are one gzip stream).
    /// </summary>
    private static IEnumerable<string> Packed(byte[] data, int chunkChars)
    {
        using var packed = new MemoryStream();
        using (var gzip = new GZipStream(packed, CompressionLevel.SmallestSize, leaveOpen: true))
        {
            gzip.Write(data);
        }

        var base64 = Convert.ToBase64String(packed.GetBuffer(), 0, (int)packed.Length);
        for (var at = 0; at < base64.Length; at += chunkChars)
        {
            yield return base64.Substring(at, Math.Min(chunkChars, base64.Length - at));
        }
    }

    /// <summary>Builds the report from the database's contents.</summary>
    /// <param name="documents">The documents.</param>
    /// <param name="findings">Their findings.</param>
    /// <param name="title">The page title.</param>
    /// <param name="linkBase">Prefix for document links (e.g. a folder or URL); each document's source address or relative path when null.</param>
    public static string Build(IReadOnlyList<StoredDocument> documents, IReadOnlyList<StoredFinding> findings, string title = "InspectionMiner report", string? linkBase = null) =>
        Build(documents, findings, new HtmlReportOptions { Title = title, LinkBase = linkBase });

    /// <summary>Builds the report from the database's contents.</summary>
    /// <param name="documents">The documents.</param>
    /// <param name="findings">Their findings.</param>
    /// <param name="options">Title and links.</param>
    public static string Build(IReadOnlyList<StoredDocument> documents, IReadOnlyList<StoredFinding> findings, HtmlReportOptions options) =>
        Build(documents, findings, options, ChunkChars);

    /// <summary>Builds the report with the packed findings cut into data elements of <paramref name="chunkChars"/> base64 characters (a multiple of 4).</summary>
    internal static string Build(IReadOnlyList<StoredDocument> documents, IReadOnlyList<StoredFinding> findings, HtmlReportOptions options, int chunkChars)
    {
        ArgumentOutOfRangeException.ThrowIfNotEqual(chunkChars % 4, 0);
        ArgumentNullException.ThrowIfNull(documents);
        ArgumentNullException.ThrowIfNull(findings);
        ArgumentNullException.ThrowIfNull(options);
        // The head is read at once (JSON; the default encoder escapes '<', so no "</script>" can end it early); the
        // findings are unpacked after the first view is drawn, off the page's thread.
        var head = JsonSerializer.Serialize(HtmlReportData.Build(documents, findings, options));
        var packed = HtmlReportPack.Build(documents, findings, HtmlReportFollowThrough.Build(documents, findings));
        return HtmlReportAssets.Fill(
            HtmlEncoder.Default.Encode(options.Title),
            DateTimeOffset.UtcNow.ToString("yyyy-MM-dd HH:mm 'UTC'", CultureInfo.InvariantCulture),
            head,
            Packed(packed, chunkChars));
    }
}
