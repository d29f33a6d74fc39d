namespace InspectionMiner.Ingestion;

/// <summary>The format of a source, detected from its content rather than its file name.</summary>
public enum SourceFormat
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
