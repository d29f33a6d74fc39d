namespace InspectionMiner.Analysis;

/// <summary>How <see cref="HtmlReport"/> titles the report and links each finding to its source.</summary>
/// <example>
/// <code>
/// var options = new HtmlReportOptions { Title = "Luton and its neighbours", ReportDirectory = "out" };
/// string html = HtmlReport.Build(docs, findings, options);
/// await File.WriteAllTextAsync(Path.Combine("out", "report.html"), html);
/// </code>
/// </example>
public sealed record HtmlReportOptions
{
    /// <summary>The page title.</summary>
    public string Title { get; init; } = "InspectionMiner report";

    /// <summary>
    /// The folder the report will be written to: a document without a source address in its collection's
    /// <c>manifest.csv</c> is linked by its path relative to this folder (the current folder when null).
    /// </summary>
    public string? ReportDirectory { get; init; }

    /// <summary>A folder or http(s) address to link every document under by its file name, instead of its source address or relative path.</summary>
    public string? LinkBase { get; init; }
}
