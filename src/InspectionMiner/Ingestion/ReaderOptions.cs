namespace InspectionMiner.Ingestion;

/// <summary>Limits that guard a batch against pathological input.</summary>
/// <example>
/// <code>
/// var reader = new ReaderOptions { MaxBytes = 20L * 1024 * 1024, Timeout = TimeSpan.FromSeconds(15) };
/// var miner = new Miner(new DocumentParser(reader));
/// try
/// {
///     await miner.MineAsync("huge-scan.pdf", ct);
/// }
/// catch (DocumentReadException e) when (e.Reason is ReadFailureReason.TooLarge or ReadFailureReason.Timeout)
/// {
///     Console.Error.WriteLine($"skipped {e.Path}: {e.Detail}");
/// }
/// </code>
/// </example>
public sealed record ReaderOptions
{
    /// <summary>
    /// Files larger than this are refused with <see cref="ReadFailureReason.TooLarge"/>, counted while reading (a file's
    /// reported length is not trusted). Default 100 MiB.
    /// </summary>
    public long MaxBytes { get; init; } = 100L * 1024 * 1024;

    /// <summary>
    /// A document whose extracted text is longer than this many characters is refused with
    /// <see cref="ReadFailureReason.TooLarge"/>. Default 4,000,000: about ten times the longest report in the corpus (a
    /// 120-page ILACS report has about 400,000), and the bound that keeps one document's memory under its ceiling
    /// (see docs/reliability.md).
    /// </summary>
    public int MaxCharacters { get; init; } = 4_000_000;

    /// <summary>A PDF with more pages than this is refused with <see cref="ReadFailureReason.TooLarge"/>. Default 2,000.</summary>
    public int MaxPages { get; init; } = 2_000;

    /// <summary>
    /// Mining one document, from opening the file to its last classified unit, may take at most this long; then it fails
    /// with <see cref="ReadFailureReason.Timeout"/> and a batch goes on. Default 60 seconds.
    /// </summary>
    public TimeSpan Timeout { get; init; } = TimeSpan.FromSeconds(60);

    /// <summary>The defaults.</summary>
    public static ReaderOptions Default { get; } = new();
}
