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

    /// <summary>Reads the file at <paramref name="path"/>.</summary>
    /// <exception cref="DocumentReadException">The file is missing, empty, not a report, or damaged.</exception>
    public async Task<SourceDocument> ReadAsync(string path, CancellationToken cancellationToken = default)
    {
        byte[] bytes;
        try
        {
            var info = new FileInfo(path);
            if (!info.Exists)
            {
                throw new DocumentReadException(path, ReadFailureReason.NotFound, "no such file");
            }

            if (info.Length > _options.MaxBytes)
            {
                throw new DocumentReadException(path, ReadFailureReason.TooLarge, $"{info.Length:N0} bytes is over the limit of {_options.MaxBytes:N0}");
            }

            bytes = await File.ReadAllBytesAsync(path, cancellationToken).ConfigureAwait(false);
        }
        catch (IOException e)
        {
            throw new DocumentReadException(path, ReadFailureReason.NotFound, e.Message, e);
        }
        catch (UnauthorizedAccessException e)
        {
            throw new DocumentReadException(path, ReadFailureReason.NotFound, e.Message, e);
        }

        return await ReadAsync(bytes, path, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Reads a document from <paramref name="stream"/>; <paramref name="name"/> is used in errors and results.</summary>
    /// <exception cref="DocumentReadException">The content is empty, not a report, or damaged.</exception>
    public async Task<SourceDocument> ReadAsync(Stream stream, string name, CancellationToken cancellationToken = default)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = await stream.ReadAsync(chunk, cancellationToken).ConfigureAwait(false)) > 0)
        {
            if (buffer.Length + read > _options.MaxBytes)
            {
                throw new DocumentReadException(name, ReadFailureReason.TooLarge, $"over the limit of {_options.MaxBytes:N0} bytes");
            }

            buffer.Write(chunk, 0, read);
        }

        return await ReadAsync(buffer.ToArray(), name, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Reads a document from its bytes.</summary>
    /// <exception cref="DocumentReadException">The content is empty, not a report, or damaged.</exception>
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
                throw new DocumentReadException(name, ReadFailureReason.UnsupportedFormat, "the content is neither PDF nor text");
            case SourceFormat.Text:
                var pages = TextLineReader.Read(DecodeText(bytes));
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
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(_options.Timeout);
        try
        {
            var pages = await Task.Run(() => PdfLineReader.Read(bytes, name, timeout.Token), timeout.Token).ConfigureAwait(false);
            if (pages.Count == 0 || pages.All(p => p.Lines.Count == 0))
            {
                throw new DocumentReadException(name, ReadFailureReason.NoText, $"{pages.Count} page(s) but no text: a scanned image?");
            }

            return new SourceDocument(name, SourceFormat.Pdf, pages, hash);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            throw new DocumentReadException(name, ReadFailureReason.Timeout, $"not read within {_options.Timeout.TotalSeconds:0} s");
        }
    }

    private static string DecodeText(byte[] bytes)
    {
        try
        {
            return new UTF8Encoding(false, true).GetString(bytes).TrimStart('\uFEFF');
        }
        catch (DecoderFallbackException)
        {
            return Encoding.Latin1.GetString(bytes);
        }
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

    /// <summary>The content hash of the file at <paramref name="path"/>, streamed so that a file of any size is hashed without being held in memory.</summary>
    internal static async Task<string> ContentHashAsync(string path, CancellationToken cancellationToken)
    {
        var hash = new System.IO.Hashing.XxHash128();
        await using var stream = File.OpenRead(path);
        await hash.AppendAsync(stream, cancellationToken).ConfigureAwait(false);
        return Convert.ToHexStringLower(hash.GetCurrentHash());
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
