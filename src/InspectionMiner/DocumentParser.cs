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

    /// <summary>Reads and parses the file at <paramref name="path"/>.</summary>
    /// <exception cref="DocumentReadException">The file could not be read; the exception names the file and the reason.</exception>
    public async Task<InspectionDocument> ParseAsync(string path, CancellationToken cancellationToken = default) =>
        Parse(await _reader.ReadAsync(path, cancellationToken).ConfigureAwait(false));

    /// <summary>Reads and parses a document from <paramref name="stream"/>; <paramref name="name"/> names it in results and errors.</summary>
    /// <exception cref="DocumentReadException">The content could not be read.</exception>
    public async Task<InspectionDocument> ParseAsync(Stream stream, string name, CancellationToken cancellationToken = default) =>
        Parse(await _reader.ReadAsync(stream, name, cancellationToken).ConfigureAwait(false));

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

    /// <summary>Runs layout cleanup and structure on a source already read.</summary>
    internal InspectionDocument Parse(SourceDocument source)
    {
        var layout = LayoutAnalyzer.Analyze(source, layoutOptions);
        return DocumentStructurer.Build(layout, source.ContentHash, segmenterOptions);
    }
}
