using System.Runtime.CompilerServices;
using InspectionMiner.Classification;
using InspectionMiner.Ingestion;

namespace InspectionMiner.Analysis;

/// <summary>
/// Mines a batch into a findings database, the workflow every batch needs: files are read on all cores and come out
/// in input order; a document whose content is already stored is skipped (by its content hash, before it is parsed);
/// each document is stored in its own transaction, so a killed run loses nothing stored and a rerun resumes; a file
/// that cannot be mined is recorded in <c>failures</c> once per file and content, and the batch goes on. Two runs on
/// one database never mine the same document: each claims a content hash in the database before parsing it.
/// </summary>
/// <example>
/// <code>
/// var miner = new Miner();
/// await using var db = await FindingsDatabase.OpenAsync("findings.db", ct);
/// await foreach (StoreResult r in miner.MineIntoAsync(db, DocumentFiles.Expand(["reports"]), cancellationToken: ct))
/// {
///     switch (r.Status)
///     {
///         case StoreStatus.Stored: Console.WriteLine($"{r.Path}: {r.Document!.Units.Count} units"); break;
///         case StoreStatus.Failed: Console.Error.WriteLine(r.Error!.Message); break;   // recorded in failures
///     }
/// }
/// </code>
/// </example>
public static class DatabaseMining
{
    /// <summary>Mines <paramref name="input"/> into <paramref name="database"/>; see <see cref="DatabaseMining"/>. Folders that could not be searched come first, as failures.</summary>
    public static async IAsyncEnumerable<StoreResult> MineIntoAsync(
        this Miner miner, FindingsDatabase database, DocumentFileList input, DatabaseMiningOptions? options = null,
        [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(miner);
        ArgumentNullException.ThrowIfNull(database);
        ArgumentNullException.ThrowIfNull(input);
        options ??= new DatabaseMiningOptions();
        foreach (var failure in input.Failures)
        {
            await database.RecordFailureAsync(failure.Path, null, failure.Message, cancellationToken).ConfigureAwait(false);
            yield return new StoreResult(failure.Path, StoreStatus.Failed, null, failure);
        }

        // One connection: the workers' claims and the writer take turns on it.
        using var turn = new SemaphoreSlim(1);
        miner.WarmUp(cancellationToken);
        var timeout = miner.Parser.ReaderOptions.Timeout;
        var lease = timeout * 2 + TimeSpan.FromMinutes(1);
        var attempts = OrderedParallel.RunAsync(input.Files, options.MaxParallelism ?? Environment.ProcessorCount,
            (path, ct) => AttemptAsync(miner, database, turn, path, options.MineStoredDocuments, lease, ct), cancellationToken);
        await foreach (var attempt in attempts.ConfigureAwait(false))
        {
            StoreResult result;
            await turn.WaitAsync(cancellationToken).ConfigureAwait(false);
            try
            {
                result = await SettleAsync(database, attempt, cancellationToken).ConfigureAwait(false);
            }
            finally
            {
                turn.Release();
            }

            yield return result;
        }
    }

    private static async Task<StoreResult> SettleAsync(FindingsDatabase database, Attempt attempt, CancellationToken cancellationToken)
    {
        try
        {
            if (attempt.Error is { } error)
            {
                await database.RecordFailureAsync(attempt.Path, attempt.Hash, error.Message, cancellationToken).ConfigureAwait(false);
                return new StoreResult(attempt.Path, StoreStatus.Failed, null, error);
            }

            if (attempt.Document is { } document)
            {
                var stored = await database.AddAsync(attempt.Path, document, cancellationToken).ConfigureAwait(false);
                return new StoreResult(attempt.Path, stored ? StoreStatus.Stored : StoreStatus.AlreadyStored, document, null);
            }

            return new StoreResult(attempt.Path, attempt.Skipped, null, null);
        }
        finally
        {
            if (attempt.Claimed)
            {
                await database.ReleaseClaimAsync(attempt.Hash!, cancellationToken).ConfigureAwait(false);
            }
        }
    }

    private static async Task<Attempt> AttemptAsync(
        Miner miner, FindingsDatabase database, SemaphoreSlim turn, string path, bool mineStored, TimeSpan lease, CancellationToken cancellationToken)
    {
        var attempt = new Attempt(path);
        try
        {
            attempt.Document = await miner.WithinDeadline(path, async ct =>
            {
                var bytes = await miner.Parser.Reader.ReadFileAsync(path, ct).ConfigureAwait(false);
                attempt.Hash = DocumentReader.ContentHash(bytes);
                if (!mineStored)
                {
                    await turn.WaitAsync(ct).ConfigureAwait(false);
                    try
                    {
                        switch (await database.TryClaimAsync(attempt.Hash, path, lease, ct).ConfigureAwait(false))
                        {
                            case ClaimOutcome.Stored or ClaimOutcome.ClaimedByThisRun:
                                attempt.Skipped = StoreStatus.AlreadyStored;
                                return null;
                            case ClaimOutcome.ClaimedElsewhere:
                                attempt.Skipped = StoreStatus.MinedByAnotherRun;
                                return null;
                            default:
                                attempt.Claimed = true;
                                break;
                        }
                    }
                    finally
                    {
                        turn.Release();
                    }
                }

                var source = await miner.Parser.Reader.ReadAsync(bytes, path, ct).ConfigureAwait(false);
                var document = miner.Parser.Parse(source, ct);
                ct.ThrowIfCancellationRequested();
                return miner.Classify(document);
            }, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception e) when (e is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            attempt.Error = miner.Failed(path, e);
        }

        return attempt;
    }

    /// <summary>One file's work, filled in as it goes (the hash and the claim outlive a timeout, so that they are recorded and released).</summary>
    private sealed class Attempt(string path)
    {
        public string Path { get; } = path;

        public string? Hash { get; set; }

        public bool Claimed { get; set; }

        public StoreStatus Skipped { get; set; }

        public MinedDocument? Document { get; set; }

        public DocumentReadException? Error { get; set; }
    }
}
