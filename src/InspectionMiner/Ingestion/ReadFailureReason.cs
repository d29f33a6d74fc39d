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
    /// <summary>The file does not exist (or a symbolic link points nowhere).</summary>
    NotFound,
    /// <summary>The file has no content.</summary>
    Empty,
    /// <summary>The content is an HTML page, not a report (for instance a saved error page).</summary>
    HtmlPage,
    /// <summary>The content is neither PDF nor text, or a file named <c>.pdf</c> has no PDF header.</summary>
    UnsupportedFormat,
    /// <summary>The PDF is cut short: no end-of-file marker or cross-reference table could be read.</summary>
    Truncated,
    /// <summary>The PDF is encrypted and cannot be opened without a password.</summary>
    Encrypted,
    /// <summary>The PDF is damaged and could not be parsed (its structure is broken, loops back on itself, or nests too deeply).</summary>
    Corrupt,
    /// <summary>The document has no extractable text (for instance a scanned image).</summary>
    NoText,
    /// <summary>The file, its pages or its text are larger than the configured limits (<see cref="ReaderOptions"/>).</summary>
    TooLarge,
    /// <summary>Mining the document (reading, parsing and classifying) took longer than <see cref="ReaderOptions.Timeout"/>.</summary>
    Timeout,
    /// <summary>The file or folder exists but may not be read: permission denied.</summary>
    PermissionDenied,
    /// <summary>The path is a named pipe (FIFO), a device or a socket, not a regular file; it is never opened.</summary>
    NotAFile,
    /// <summary>The path's symbolic links point at each other in a loop.</summary>
    LinkLoop,
    /// <summary>The document needed more memory than the process could give it.</summary>
    OutOfMemory,
    /// <summary>The file system reported an error while the file or folder was read.</summary>
    ReadError,
}
