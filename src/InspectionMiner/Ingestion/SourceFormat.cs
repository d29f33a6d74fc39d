namespace InspectionMiner.Ingestion;

/// <summary>
/// The format of a source, detected from its first bytes rather than its file name. Only PDF and text are mined: a
/// source detected as <see cref="Html"/> fails with <see cref="ReadFailureReason.HtmlPage"/>, one detected as
/// <see cref="Unknown"/> with <see cref="ReadFailureReason.UnsupportedFormat"/>.
/// </summary>
/// <example>
/// <code>
/// // The reader sniffs the format from the first bytes; only PDF and text are mined. A source detected as
/// // anything else fails with the matching reason, whatever its file name:
/// static ReadFailureReason? RefusalFor(SourceFormat format) =&gt; format switch
/// {
///     SourceFormat.Html =&gt; ReadFailureReason.HtmlPage,            // e.g. an error page saved as "report.pdf"
///     SourceFormat.Unknown =&gt; ReadFailureReason.UnsupportedFormat,
///     _ =&gt; null,                                                  // Pdf and Text are read
/// };
///
/// try { await miner.MineAsync("report.pdf", ct); }
/// catch (DocumentReadException e) when (e.Reason == RefusalFor(SourceFormat.Html)) { /* download it again */ }
/// </code>
/// </example>
internal enum SourceFormat
{
    /// <summary>A PDF file.</summary>
    Pdf,
    /// <summary>Plain text, possibly with Markdown/HTML-flavoured markup (bold markers, <c>&lt;sup&gt;</c>, headings).</summary>
    Text,
    /// <summary>An HTML page (for instance a web server's error page saved under a <c>.pdf</c> name).</summary>
    Html,
    /// <summary>Binary content that is none of the above.</summary>
    Unknown,
}
