using System.Runtime.CompilerServices;
using InspectionMiner.Ingestion;
using InspectionMiner.Layout;
using InspectionMiner.Structure;

namespace InspectionMiner;

/// <summary>
/// The parsing pipeline without classification: bytes → <see cref="SourceDocument"/> (ingestion) →
/// <see cref="LaidOutDocument"/> (layout cleanup) → <see cref="InspectionDocument"/> (structure and facts).
/// Thread-safe: it holds only options.
/// </summary>
/// <example>
/// <code>
/// var parser = new DocumentParser();
/// InspectionDocument doc = await parser.ParseAsync("letter.pdf");
/// Console.WriteLine($"{doc.Facts.Authority}: {doc.Units.Count} units");
/// </code>
/// </example>
public sealed class DocumentParser(ReaderOptions? readerOptions = null, LayoutOptions? layoutOptions = null, SentenceSegmenterOptions? segmenterOptions = null)
{
    private readonly DocumentReader _reader = new(readerOptions);

    /// <summary>The limits on each document: bytes, pages, characters and time (<see cref="ReaderOptions.Timeout"/> bounds reading and parsing together).</summary>
    public ReaderOptions ReaderOptions => _reader.Options;

    /// <summary>The reader behind this parser.</summary>
    internal DocumentReader Reader => _reader;

    /// <summary>Reads and parses the file at <paramref name="path"/>, within <see cref="ReaderOptions.Timeout"/>.</summary>
    /// <exception cref="DocumentReadException">The file could not be read; the exception names the file and the reason.</exception>
    public Task<InspectionDocument> ParseAsync(string path, CancellationToken cancellationToken = default) =>
        DocumentDeadline.RunAsync(path, ReaderOptions.Timeout, t => ParseUnboundedAsync(path, t), cancellationToken);

    /// <summary>Reads and parses a document from <paramref name="stream"/>, within <see cref="ReaderOptions.Timeout"/>; <paramref name="name"/> names it in results and errors.</summary>
    /// <exception cref="DocumentReadException">The content could not be read.</exception>
    public Task<InspectionDocument> ParseAsync(Stream stream, string name, CancellationToken cancellationToken = default) =>
        DocumentDeadline.RunAsync(name, ReaderOptions.Timeout, async t => Parse(await _reader.ReadAsync(stream, name, t).ConfigureAwait(false), t), cancellationToken);

    /// <summary>
    /// Parses many files on up to <paramref name="maxParallelism"/> threads (default: all cores), yielding results in
    /// input order as they become ready. A file that cannot be read (or runs out of time) yields its typed error and the
    /// batch goes on.
    /// </summary>
    public IAsyncEnumerable<ParseOutcome> ParseManyAsync(IEnumerable<string> paths, int? maxParallelism = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(paths);
        return OrderedParallel.RunAsync(paths, maxParallelism ?? Environment.ProcessorCount, async (path, ct) =>
        {
            try
            {
                return new ParseOutcome(path, await ParseAsync(path, ct).ConfigureAwait(false), null);
            }
            catch (Exception e) when (e is not OperationCanceledException || !ct.IsCancellationRequested)
            {
                return new ParseOutcome(path, null, DocumentFailure.From(path, e));
            }
        }, cancellationToken);
    }

    /// <summary>Reads and parses with no deadline of its own: the caller's token carries it.</summary>
    internal async Task<InspectionDocument> ParseUnboundedAsync(string path, CancellationToken cancellationToken) =>
        Parse(await _reader.ReadAsync(path, cancellationToken).ConfigureAwait(false), cancellationToken);

    /// <summary>
    /// The <see cref="InspectionDocument.ContentHash"/> the file at <paramref name="path"/> would get, without parsing it:
    /// lets a batch skip files already stored.
    /// </summary>
    /// <example>
    /// <code>
    /// var hash = await DocumentParser.ContentHashAsync("letter.pdf", ct);
    /// if (!await database.ContainsAsync(hash, ct)) { /* mine it */ }
    /// </code>
    /// </example>
    public static Task<string> ContentHashAsync(string path, CancellationToken cancellationToken = default) =>
        DocumentReader.ContentHashAsync(path, cancellationToken);

    /// <summary>Parses text already in memory (plain or Markdown/HTML-flavoured).</summary>
    public InspectionDocument ParseText(string text, string name = "text") =>
        Parse(new SourceDocument(name, SourceFormat.Text, TextLineReader.Read(text), DocumentReader.ContentHash(text)));

    /// <summary>Runs layout cleanup and structure on a source already read; <paramref name="cancellationToken"/> is checked between stages.</summary>
    internal InspectionDocument Parse(SourceDocument source, CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var layout = LayoutAnalyzer.Analyze(source, layoutOptions);
        cancellationToken.ThrowIfCancellationRequested();
        return DocumentStructurer.Build(layout, source.ContentHash, segmenterOptions);
    }
}
