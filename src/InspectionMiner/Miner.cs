using InspectionMiner.Classification;
using InspectionMiner.Ingestion;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace InspectionMiner;

/// <summary>
/// The entry point: mine an Ofsted report or letter (PDF or text) into its facts and classified findings, mine
/// many files in parallel, or classify raw sentences. One instance is safe to share between threads; the embedded
/// model loads once, on first use.
/// </summary>
/// <example>
/// <code>
/// var miner = new Miner();
/// MinedDocument doc = await miner.MineAsync("letter.pdf", ct);
/// Console.WriteLine($"{doc.Facts.Authority}: {doc.Facts.Kind}, {doc.Facts.Grades.OverallEffectiveness}");
/// foreach (var f in doc.Findings)
///     Console.WriteLine($"p{f.Unit.Page} {f.Finding.Type} {f.Finding.Area} {f.Unit.Text}");
///
/// Finding one = miner.Classify("Personal advisers do not keep in touch with all care leavers.");
/// </code>
/// </example>
public sealed class Miner
{
    private readonly Lazy<FindingClassifier> _classifier;
    private readonly ILogger _logger;

    /// <summary>A miner with the embedded model.</summary>
    /// <param name="parser">The parser (reader, layout and segmenter options); a default one when null.</param>
    /// <param name="logger">Receives per-document timings and failures; silent when null.</param>
    public Miner(DocumentParser? parser = null, ILogger<Miner>? logger = null)
    {
        Parser = parser ?? new DocumentParser();
        _classifier = new Lazy<FindingClassifier>(FindingClassifier.LoadEmbedded, LazyThreadSafetyMode.ExecutionAndPublication);
        _logger = (ILogger?)logger ?? NullLogger.Instance;
    }

    /// <summary>A miner with a model of your own (e.g. retrained with <c>inspection-miner train</c>).</summary>
    public Miner(FindingClassifier classifier, DocumentParser? parser = null, ILogger<Miner>? logger = null)
    {
        ArgumentNullException.ThrowIfNull(classifier);
        Parser = parser ?? new DocumentParser();
        _classifier = new Lazy<FindingClassifier>(classifier);
        _logger = (ILogger?)logger ?? NullLogger.Instance;
    }

    /// <summary>The parser used for documents.</summary>
    public DocumentParser Parser { get; }

    /// <summary>The classifier used for units.</summary>
    public FindingClassifier Classifier => _classifier.Value;

    /// <summary>Reads, parses and classifies the file at <paramref name="path"/>, within <see cref="ReaderOptions.Timeout"/>.</summary>
    /// <exception cref="DocumentReadException">The file could not be read, or not within the time; names the file and the reason.</exception>
    public Task<MinedDocument> MineAsync(string path, CancellationToken cancellationToken = default) =>
        WithinDeadline(path, async t =>
        {
            var started = System.Diagnostics.Stopwatch.GetTimestamp();
            var document = await Parser.ParseUnboundedAsync(path, t).ConfigureAwait(false);
            t.ThrowIfCancellationRequested();
            var mined = Classify(document);
            _logger.LogDebug("Mined {Path}: {Pages} pages, {Units} units in {Elapsed} ms", path, document.PageCount, document.Units.Count, System.Diagnostics.Stopwatch.GetElapsedTime(started).TotalMilliseconds);
            return mined;
        }, cancellationToken);

    /// <summary>Reads, parses and classifies a document from a stream, within <see cref="ReaderOptions.Timeout"/>; <paramref name="name"/> names it in results and errors.</summary>
    /// <exception cref="DocumentReadException">The content could not be read.</exception>
    public Task<MinedDocument> MineAsync(Stream stream, string name, CancellationToken cancellationToken = default) =>
        WithinDeadline(name, async t =>
        {
            var source = await Parser.Reader.ReadAsync(stream, name, t).ConfigureAwait(false);
            var document = Parser.Parse(source, t);
            t.ThrowIfCancellationRequested();
            return Classify(document);
        }, cancellationToken);

    /// <summary>Parses and classifies text already in memory.</summary>
    public MinedDocument MineText(string text, string name = "text") => Classify(Parser.ParseText(text, name));

    /// <summary>
    /// Mines many files on up to <paramref name="maxParallelism"/> threads (default: all cores), yielding results in
    /// input order as they become ready. A file that cannot be read (or runs out of time) yields its typed error and
    /// the batch goes on.
    /// </summary>
    public IAsyncEnumerable<MineResult> MineManyAsync(
        IEnumerable<string> paths, int? maxParallelism = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(paths);
        // Load the model while the first documents are being read, not after.
        WarmUp(cancellationToken);
        return OrderedParallel.RunAsync(paths, maxParallelism ?? Environment.ProcessorCount, async (path, ct) =>
        {
            try
            {
                return new MineResult(path, await MineAsync(path, ct).ConfigureAwait(false), null);
            }
            catch (Exception e) when (e is not OperationCanceledException || !ct.IsCancellationRequested)
            {
                return new MineResult(path, null, Failed(path, e));
            }
        }, cancellationToken);
    }

    /// <summary>
    /// Runs one document's work within <see cref="ReaderOptions.Timeout"/>. The model is loaded (once) before the
    /// document's clock starts: loading it is not the document's work.
    /// </summary>
    internal Task<T> WithinDeadline<T>(string name, Func<CancellationToken, Task<T>> work, CancellationToken cancellationToken)
    {
        _ = _classifier.Value;
        return DocumentDeadline.RunAsync(name, Parser.ReaderOptions.Timeout, work, cancellationToken);
    }

    /// <summary>Starts loading the model in the background.</summary>
    internal void WarmUp(CancellationToken cancellationToken) => _ = Task.Run(() => _classifier.Value, cancellationToken);

    /// <summary>The typed error for a document that failed, logged.</summary>
    internal DocumentReadException Failed(string path, Exception e)
    {
        var error = DocumentFailure.From(path, e);
        if (e is DocumentReadException)
        {
            _logger.LogWarning("Could not read {Path}: {Reason}", path, error.Message);
        }
        else
        {
            // A bug or a pathological file must not end the batch: report it against the file.
            _logger.LogError(e, "Unexpected failure mining {Path}", path);
        }

        return error;
    }

    /// <summary>Classifies a raw sentence, optionally with the heading it sits under.</summary>
    public Finding Classify(string sentence, string? sectionHeading = null) => Classifier.Classify(sentence, sectionHeading);

    /// <summary>Classifies raw sentences; findings come back in the same order.</summary>
    public IReadOnlyList<Finding> Classify(IEnumerable<string> sentences)
    {
        ArgumentNullException.ThrowIfNull(sentences);
        return Classifier.Classify(sentences.Select(s => UnitContext.FromText(s)).ToList());
    }

    /// <summary>Classifies every unit of a parsed document.</summary>
    public MinedDocument Classify(Structure.InspectionDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var findings = Classifier.Classify(document);
        return new MinedDocument(document, document.Units.Select((u, i) => new ClassifiedUnit(u, findings[i])).ToArray());
    }
}
