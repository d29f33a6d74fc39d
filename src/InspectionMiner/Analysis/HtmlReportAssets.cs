using System.Text;

namespace InspectionMiner.Analysis;

/// <summary>
/// The report's page, styles and scripts, embedded in the library (src/InspectionMiner/Analysis/Report): one
/// stylesheet for screen and print, and one script per view, joined in order into the page.
/// </summary>
internal static class HtmlReportAssets
{
    private static readonly string[] Scripts = ["core.js", "table.js", "charts.js", "national.js", "authority.js", "findings.js", "main.js"];

    private static readonly Lazy<string> Page = new(() => Load("report.html"));

    private static readonly Lazy<string> Styles = new(() => Load("report.css"));

    private static readonly Lazy<string> Script = new(() => string.Join("\n", Scripts.Select(Load)));

    /// <summary>The page with its title, date, styles, scripts, head data (JSON) and packed findings (base64, one data element per chunk) filled in.</summary>
    public static string Fill(string title, string generated, string head, IEnumerable<string> chunks)
    {
        var packed = new StringBuilder();
        foreach (var chunk in chunks)
        {
            packed.Append("<script class=\"data\" type=\"application/gzip;base64\">").Append(chunk).Append("</script>\n");
        }

        var parts = Page.Value.Split("{{DATA}}");
        string Fill(string part) => part.Replace("{{STYLES}}", Styles.Value, StringComparison.Ordinal).Replace("{{SCRIPT}}", Script.Value, StringComparison.Ordinal)
            .Replace("{{GENERATED}}", generated, StringComparison.Ordinal).Replace("{{TITLE}}", title, StringComparison.Ordinal).Replace("{{HEAD}}", head, StringComparison.Ordinal);
        return new StringBuilder(Page.Value.Length + Styles.Value.Length + Script.Value.Length + head.Length + packed.Length + 256)
            .Append(Fill(parts[0])).Append(packed).Append(Fill(parts[1])).ToString();
    }

    private static string Load(string name)
    {
        using var stream = typeof(HtmlReportAssets).Assembly.GetManifestResourceStream("InspectionMiner.Report." + name)
            ?? throw new InvalidOperationException($"The report asset {name} is missing from the library.");
        using var reader = new StreamReader(stream, Encoding.UTF8);
        return reader.ReadToEnd();
    }
}
