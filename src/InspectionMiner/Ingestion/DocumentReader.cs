using System.Security.Cryptography;
using System.Text;

namespace InspectionMiner.Ingestion;

/// <summary>
/// Reads a file or stream into a <see cref="SourceDocument"/>: detects the format from the content,
/// reads PDF with PdfPig and text with <see cref="TextLineReader"/>, and turns every failure into a
/// <see cref="DocumentReadException"/> that names the source and the reason.
/// </summary>
internal sealed class DocumentReader(ReaderOptions? options = null)
{
    private readonly ReaderOptions _options = options ?? ReaderOptions.Default;

    /// <summary>The limits in force.</summary>
    public ReaderOptions Options => _options;

    /// <summary>Reads the file at <paramref name="path"/>.</summary>
    /// <exception cref="DocumentReadException">The file is missing, unreadable, not a regular file, empty, not a report, damaged or over a limit.</exception>
    public async Task<SourceDocument> ReadAsync(string path, CancellationToken cancellationToken = default) =>
        await ReadAsync(await ReadFileAsync(path, cancellationToken).ConfigureAwait(false), path, cancellationToken).ConfigureAwait(false);

    /// <summary>
    /// The bytes of the file at <paramref name="path"/>: only a regular file is opened (a named pipe, device or socket is
    /// refused without being opened), and at most <see cref="ReaderOptions.MaxBytes"/> are read whatever length the file
    /// reports.
    /// </summary>
    /// <exception cref="DocumentReadException">The file is missing, unreadable, not a regular file or too large.</exception>
    public async Task<byte[]> ReadFileAsync(string path, CancellationToken cancellationToken = default)
    {
        var probe = FileProbe.Probe(path);
        switch (probe.Kind)
        {
            case FileKind.Regular:
                break;
            case FileKind.Missing:
                throw new DocumentReadException(path, ReadFailureReason.NotFound, probe.Description);
            case FileKind.PermissionDenied:
                throw new DocumentReadException(path, ReadFailureReason.PermissionDenied, "the file may not be read by this user");
            case FileKind.LinkLoop:
                throw new DocumentReadException(path, ReadFailureReason.LinkLoop, probe.Description);
            case FileKind.Directory:
                throw new DocumentReadException(path, ReadFailureReason.NotAFile, "it is a folder");
            case FileKind.Special:
                throw new DocumentReadException(path, ReadFailureReason.NotAFile, $"it is {probe.Description}; it was not opened");
            default:
                throw new DocumentReadException(path, ReadFailureReason.ReadError, probe.Description);
        }

        try
        {
            await using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 0, FileOptions.SequentialScan);
            return await ReadCappedAsync(stream, path, stream.Length, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception e) when (e is FileNotFoundException or DirectoryNotFoundException)
        {
            throw new DocumentReadException(path, ReadFailureReason.NotFound, "the file disappeared before it could be read", e);
        }
        catch (UnauthorizedAccessException e)
        {
            throw new DocumentReadException(path, ReadFailureReason.PermissionDenied, "the file may not be read by this user", e);
        }
        catch (IOException e)
        {
            throw new DocumentReadException(path, ReadFailureReason.ReadError, "the file system reported an error while reading it", e);
        }
    }

    /// <summary>Reads a document from <paramref name="stream"/>; <paramref name="name"/> is used in errors and results.</summary>
    /// <exception cref="DocumentReadException">The content is empty, not a report, damaged or over a limit.</exception>
    public async Task<SourceDocument> ReadAsync(Stream stream, string name, CancellationToken cancellationToken = default)
    {
        var bytes = await ReadCappedAsync(stream, name, stream.CanSeek ? stream.Length - stream.Position : 0, cancellationToken).ConfigureAwait(false);
        return await ReadAsync(bytes, name, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Reads <paramref name="stream"/> to its end, refusing it as soon as more than <see cref="ReaderOptions.MaxBytes"/> have come.</summary>
    private async Task<byte[]> ReadCappedAsync(Stream stream, string name, long expected, CancellationToken cancellationToken)
    {
        var limit = Math.Min(_options.MaxBytes, Array.MaxLength - 1);
        // The reported length only sizes the first buffer; what counts is what is read.
        var buffer = new byte[Math.Clamp(expected, 0, limit)];
        var filled = 0;
        while (true)
        {
            if (filled == buffer.Length)
            {
                var probe = new byte[1];
                if (await stream.ReadAsync(probe, cancellationToken).ConfigureAwait(false) == 0)
                {
                    return buffer;
                }

                if (filled + 1L > limit)
                {
                    throw TooLarge(name);
                }

                Array.Resize(ref buffer, (int)Math.Min(limit, Math.Max(64 * 1024L, buffer.Length * 2L)));
                buffer[filled++] = probe[0];
            }

            var read = await stream.ReadAsync(buffer.AsMemory(filled), cancellationToken).ConfigureAwait(false);
            if (read == 0)
            {
                return filled == buffer.Length ? buffer : buffer[..filled];
            }

            filled += read;
        }
    }

    private DocumentReadException TooLarge(string name) =>
        new(name, ReadFailureReason.TooLarge, $"more than the limit of {_options.MaxBytes / 1048576.0:0.#} MB (counted while reading)");

    /// <summary>Reads a document from its bytes.</summary>
    /// <exception cref="DocumentReadException">The content is empty, not a report, damaged or over a limit.</exception>
    public async Task<SourceDocument> ReadAsync(byte[] bytes, string name, CancellationToken cancellationToken = default)
    {
        if (bytes.Length == 0)
        {
            throw new DocumentReadException(name, ReadFailureReason.Empty, "0 bytes");
        }

        var format = FormatSniffer.Detect(bytes.AsSpan(0, Math.Min(bytes.Length, 4096)));
        var hash = ContentHash(bytes);
        switch (format)
        {
            case SourceFormat.Html:
                throw new DocumentReadException(name, ReadFailureReason.HtmlPage, DescribeHtml(bytes));
            case SourceFormat.Unknown:
                throw new DocumentReadException(name, ReadFailureReason.UnsupportedFormat, "the content is binary, neither PDF nor text");
            case SourceFormat.Text when name.EndsWith(".pdf", StringComparison.OrdinalIgnoreCase):
                throw new DocumentReadException(name, ReadFailureReason.UnsupportedFormat, "it is named .pdf but has no PDF header (%PDF-) in its first 1,024 bytes, so it is not read as text");
            case SourceFormat.Text:
                var text = TextDecoding.Decode(bytes);
                if (text.Length > _options.MaxCharacters)
                {
                    throw new DocumentReadException(name, ReadFailureReason.TooLarge, $"{text.Length:N0} characters of text, over the limit of {_options.MaxCharacters:N0}");
                }

                cancellationToken.ThrowIfCancellationRequested();
                var pages = TextLineReader.Read(text);
                if (pages.All(p => p.Lines.Count == 0))
                {
                    throw new DocumentReadException(name, ReadFailureReason.Empty, "the text has no content");
                }

                return new SourceDocument(name, format, pages, hash);
            default:
                return await ReadPdfAsync(bytes, name, hash, cancellationToken).ConfigureAwait(false);
        }
    }

    private async Task<SourceDocument> ReadPdfAsync(byte[] bytes, string name, string hash, CancellationToken cancellationToken)
    {
        var pages = await Task.Run(() => PdfLineReader.Read(bytes, name, _options, cancellationToken), cancellationToken).ConfigureAwait(false);
        if (pages.All(p => p.Lines.Count == 0))
        {
            throw new DocumentReadException(name, ReadFailureReason.NoText, $"{pages.Count} page(s) but no text: a scanned image?");
        }

        return new SourceDocument(name, SourceFormat.Pdf, pages, hash);
    }

    private static string DescribeHtml(byte[] bytes)
    {
        var text = Encoding.UTF8.GetString(bytes, 0, Math.Min(bytes.Length, 8192));
        var start = text.IndexOf("<title>", StringComparison.OrdinalIgnoreCase);
        var end = start < 0 ? -1 : text.IndexOf("</title>", start, StringComparison.OrdinalIgnoreCase);
        var title = start >= 0 && end > start ? text[(start + 7)..end].Trim() : null;
        return title is { Length: > 0 }
            ? $"the content is an HTML page titled \"{System.Net.WebUtility.HtmlDecode(title)}\""
            : "the content is an HTML page";
    }

    /// <summary>The content hash of a source: XXH128 of its bytes, 32 lower-case hex digits.</summary>
    internal static string ContentHash(ReadOnlySpan<byte> bytes) => Convert.ToHexStringLower(System.IO.Hashing.XxHash128.Hash(bytes));

    /// <summary>The content hash of the file at <paramref name="path"/>, streamed so that a file of any size is hashed without being held in memory; only a regular file is opened.</summary>
    /// <exception cref="DocumentReadException">The file is missing, unreadable or not a regular file.</exception>
    internal static async Task<string> ContentHashAsync(string path, CancellationToken cancellationToken)
    {
        var probe = FileProbe.Probe(path);
        if (probe.Kind != FileKind.Regular)
        {
            var reason = probe.Kind switch
            {
                FileKind.Missing => ReadFailureReason.NotFound,
                FileKind.PermissionDenied => ReadFailureReason.PermissionDenied,
                FileKind.LinkLoop => ReadFailureReason.LinkLoop,
                FileKind.Unreadable => ReadFailureReason.ReadError,
                _ => ReadFailureReason.NotAFile,
            };
            throw new DocumentReadException(path, reason, probe.Description);
        }

        try
        {
            var hash = new System.IO.Hashing.XxHash128();
            await using var stream = File.OpenRead(path);
            await hash.AppendAsync(stream, cancellationToken).ConfigureAwait(false);
            return Convert.ToHexStringLower(hash.GetCurrentHash());
        }
        catch (UnauthorizedAccessException e)
        {
            throw new DocumentReadException(path, ReadFailureReason.PermissionDenied, "the file may not be read by this user", e);
        }
        catch (IOException e)
        {
            throw new DocumentReadException(path, e is FileNotFoundException ? ReadFailureReason.NotFound : ReadFailureReason.ReadError, "the file could not be read", e);
        }
    }

    /// <summary>XXH128 of the UTF-8 bytes of <paramref name="text"/> (as if read from a UTF-8 file), encoded in chunks.</summary>
    internal static string ContentHash(string text)
    {
        var hash = new System.IO.Hashing.XxHash128();
        var encoder = System.Text.Encoding.UTF8.GetEncoder();
        Span<byte> buffer = stackalloc byte[16 * 1024];
        var chars = text.AsSpan();
        while (chars.Length > 0)
        {
            var take = Math.Min(chars.Length, 4096);
            var count = encoder.GetBytes(chars[..take], buffer, flush: take == chars.Length);
            hash.Append(buffer[..count]);
            chars = chars[take..];
        }

        return Convert.ToHexStringLower(hash.GetCurrentHash());
    }
}
