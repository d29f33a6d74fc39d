using System.Globalization;
using Microsoft.Data.Sqlite;

namespace InspectionMiner.Analysis;

/// <summary>
/// The database's record of work (tables made by <see cref="FindingsDatabaseSchema"/>): files that could not be mined (<c>failures</c>, one row per file and content) and the
/// documents a run is mining right now (<c>claims</c>), so that two runs on one database never mine the same document.
/// </summary>
public sealed partial class FindingsDatabase
{
    private readonly string _run = Guid.NewGuid().ToString("N");

    /// <summary>Records a file that could not be mined (once per file: a later record replaces the earlier one).</summary>
    public Task RecordFailureAsync(string path, string error, CancellationToken cancellationToken = default) =>
        RecordFailureAsync(path, null, error, cancellationToken);

    /// <summary>
    /// Records a file that could not be mined, once per file and content: recording the same file with the same content
    /// hash again replaces the earlier row, so reruns add no duplicates. <paramref name="contentHash"/> is null when the
    /// file could not be read at all.
    /// </summary>
    public async Task RecordFailureAsync(string path, string? contentHash, string error, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(path);
        ArgumentNullException.ThrowIfNull(error);
        await using var command = _connection.CreateCommand();
        command.CommandText = """
            INSERT INTO failures (document, contentHash, error, at) VALUES ($p, $h, $e, $at)
            ON CONFLICT (document, COALESCE(contentHash, '')) DO UPDATE SET error = excluded.error, at = excluded.at
            """;
        command.Parameters.AddWithValue("$p", path);
        command.Parameters.AddWithValue("$h", (object?)contentHash ?? DBNull.Value);
        command.Parameters.AddWithValue("$e", error);
        command.Parameters.AddWithValue("$at", DateTimeOffset.UtcNow.ToString("O", CultureInfo.InvariantCulture));
        await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// In one write transaction (which SQLite serialises between processes): <see cref="ClaimOutcome.Stored"/> when the
    /// content is already stored, <see cref="ClaimOutcome.ClaimedElsewhere"/> when another live run holds a claim on it, <see cref="ClaimOutcome.ClaimedByThisRun"/> when this run
    /// does (the same content under another name), and
    /// otherwise takes the claim. A claim expires after <paramref name="lease"/>, and at once when it was taken by a
    /// process of this machine that has ended (a killed run), so a rerun never waits for it.
    /// </summary>
    internal async Task<ClaimOutcome> TryClaimAsync(string contentHash, string path, TimeSpan lease, CancellationToken cancellationToken)
    {
        await using var tx = (SqliteTransaction)await _connection.BeginTransactionAsync(System.Data.IsolationLevel.Serializable, cancellationToken).ConfigureAwait(false);
        await using var command = _connection.CreateCommand();
        command.Transaction = tx;
        command.Parameters.AddWithValue("$h", contentHash);
        command.CommandText = "SELECT 1 FROM documents WHERE contentHash = $h";
        if (await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false) is not null)
        {
            return ClaimOutcome.Stored;
        }

        command.CommandText = "SELECT host, pid, run, expires FROM claims WHERE contentHash = $h";
        await using (var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false))
        {
            if (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
            {
                if (reader.GetString(2) == _run)
                {
                    return ClaimOutcome.ClaimedByThisRun;
                }

                var live = DateTimeOffset.Parse(reader.GetString(3), CultureInfo.InvariantCulture) > DateTimeOffset.UtcNow &&
                    (reader.GetString(0) != Environment.MachineName || ProcessIsRunning(reader.GetInt32(1)));
                if (live)
                {
                    return ClaimOutcome.ClaimedElsewhere;
                }
            }
        }

        command.CommandText = """
            INSERT OR REPLACE INTO claims (contentHash, document, host, pid, run, expires) VALUES ($h, $path, $host, $pid, $run, $expires)
            """;
        command.Parameters.AddWithValue("$path", path);
        command.Parameters.AddWithValue("$host", Environment.MachineName);
        command.Parameters.AddWithValue("$pid", Environment.ProcessId);
        command.Parameters.AddWithValue("$run", _run);
        command.Parameters.AddWithValue("$expires", DateTimeOffset.UtcNow.Add(lease).ToString("O", CultureInfo.InvariantCulture));
        await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        await tx.CommitAsync(cancellationToken).ConfigureAwait(false);
        return ClaimOutcome.Claimed;
    }

    /// <summary>Gives up this run's claim on a content hash (once the document is stored or has failed).</summary>
    internal async Task ReleaseClaimAsync(string contentHash, CancellationToken cancellationToken)
    {
        await using var command = _connection.CreateCommand();
        command.CommandText = "DELETE FROM claims WHERE contentHash = $h AND run = $run";
        command.Parameters.AddWithValue("$h", contentHash);
        command.Parameters.AddWithValue("$run", _run);
        await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }

    private static bool ProcessIsRunning(int pid)
    {
        try
        {
            using var process = System.Diagnostics.Process.GetProcessById(pid);
            return !process.HasExited;
        }
        catch (Exception e) when (e is ArgumentException or InvalidOperationException)
        {
            return false;
        }
    }
}

/// <summary>What <see cref="FindingsDatabase.TryClaimAsync"/> found.</summary>
internal enum ClaimOutcome
{
    /// <summary>Claimed now: this run mines it.</summary>
    Claimed,
    /// <summary>The content is stored already.</summary>
    Stored,
    /// <summary>This run has claimed the same content under another file name: a duplicate in the batch.</summary>
    ClaimedByThisRun,
    /// <summary>A live run elsewhere holds the claim.</summary>
    ClaimedElsewhere,
}
