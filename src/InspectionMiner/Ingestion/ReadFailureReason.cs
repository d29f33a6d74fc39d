namespace InspectionMiner.Ingestion;

/// <summary>Why a document could not be read.</summary>
/// <example>
/// <code>
/// var refetch = new List&lt;string&gt;();
/// var needOcr = new List&lt;string&gt;();
/// await foreach (MineResult r in miner.MineManyAsync(Directory.GetFiles("downloads", "*.pdf"), cancellationToken: ct))
/// {
///     switch (r.Error?.Reason)
///     {
///         case null:
///             break;
///         case ReadFailureReason.HtmlPage or ReadFailureReason.Truncated or ReadFailureReason.Empty:
///             refetch.Add(r.Path);   // a failed download: fetch it again
///             break;
///         case ReadFailureReason.NoText:
///             needOcr.Add(r.Path);   // a scanned report
///             break;
///         default:
///             Console.Error.WriteLine(r.Error.Message);
///             break;
///     }
/// }
/// </code>
/// </example>
public enum ReadFailureReason
{
    /// <summary>The file does not exist or cannot be opened.</summary>
    NotFound,
    /// <summary>The file has no content.</summary>
    Empty,
    /// <summary>The content is an HTML page, not a report (for instance a saved error page).</summary>
    HtmlPage,
    /// <summary>The content is neither PDF nor text.</summary>
    UnsupportedFormat,
    /// <summary>The PDF is cut short: no end-of-file marker or cross-reference table could be read.</summary>
    Truncated,
    /// <summary>The PDF is encrypted and cannot be opened without a password.</summary>
    Encrypted,
    /// <summary>The PDF is damaged and could not be parsed.</summary>
    Corrupt,
    /// <summary>The document has no extractable text (for instance a scanned image).</summary>
    NoText,
    /// <summary>The file is larger than the configured limit.</summary>
    TooLarge,
    /// <summary>Reading took longer than the configured limit.</summary>
    Timeout,
}
