namespace InspectionMiner.Ingestion;

/// <summary>
/// Thrown when a document cannot be read. It names the file and the reason, so that a batch can report
/// it and go on.
/// </summary>
/// <example>
/// <code>
/// try
/// {
///     MinedDocument doc = await miner.MineAsync("report.pdf", ct);
/// }
/// catch (DocumentReadException e) when (e.Reason == ReadFailureReason.NoText)
/// {
///     Console.Error.WriteLine($"{e.Path} is a scanned image: {e.Detail}");
/// }
/// catch (DocumentReadException e)
/// {
///     Console.Error.WriteLine($"{e.Path}: {e.Reason}: {e.Message}");
/// }
/// </code>
/// </example>
public sealed class DocumentReadException : Exception
{
    /// <summary>Creates the exception for <paramref name="path"/>.</summary>
    public DocumentReadException(string path, ReadFailureReason reason, string detail, Exception? inner = null)
        : base($"{path}: {Describe(reason)}: {detail}", inner)
    {
        Path = path;
        Reason = reason;
        Detail = detail;
    }

    /// <summary>The file or source name that failed.</summary>
    public string Path { get; }

    /// <summary>Why it failed.</summary>
    public ReadFailureReason Reason { get; }

    /// <summary>A human-readable detail of the failure.</summary>
    public string Detail { get; }

    /// <summary>The reason in a user's words, as it opens <see cref="Exception.Message"/> after the path.</summary>
    public static string Describe(ReadFailureReason reason) => reason switch
    {
        ReadFailureReason.NotFound => "file not found",
        ReadFailureReason.Empty => "file is empty",
        ReadFailureReason.HtmlPage => "file is an HTML page, not a report",
        ReadFailureReason.UnsupportedFormat => "not a PDF or text file",
        ReadFailureReason.Truncated => "PDF is truncated",
        ReadFailureReason.Encrypted => "PDF is encrypted",
        ReadFailureReason.Corrupt => "PDF is damaged",
        ReadFailureReason.NoText => "no extractable text",
        ReadFailureReason.TooLarge => "too large",
        ReadFailureReason.Timeout => "timed out",
        ReadFailureReason.PermissionDenied => "permission denied",
        ReadFailureReason.NotAFile => "not a regular file",
        ReadFailureReason.LinkLoop => "symbolic link loop",
        ReadFailureReason.OutOfMemory => "out of memory",
        ReadFailureReason.ReadError => "read error",
        _ => reason.ToString(),
    };
}
