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
    /// <summary>Files larger than this are refused with <see cref="ReadFailureReason.TooLarge"/>. Default 100 MiB.</summary>
    public long MaxBytes { get; init; } = 100L * 1024 * 1024;

    /// <summary>Reading one document may take at most this long. Default 60 seconds.</summary>
    public TimeSpan Timeout { get; init; } = TimeSpan.FromSeconds(60);

    /// <summary>The defaults.</summary>
    public static ReaderOptions Default { get; } = new();
}
