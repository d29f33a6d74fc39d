namespace InspectionMiner.Analysis;

/// <summary>What became of one file of <see cref="DatabaseMining.MineIntoAsync"/>.</summary>
/// <example>
/// <code>
/// var counts = new Dictionary&lt;StoreStatus, int&gt;();
/// await foreach (StoreResult r in miner.MineIntoAsync(db, DocumentFiles.Expand(["reports"]), cancellationToken: ct))
///     counts[r.Status] = counts.GetValueOrDefault(r.Status) + 1;
/// Console.WriteLine($"{counts.GetValueOrDefault(StoreStatus.Stored)} stored, {counts.GetValueOrDefault(StoreStatus.AlreadyStored)} already there, " +
///                   $"{counts.GetValueOrDefault(StoreStatus.MinedByAnotherRun)} left to another run, {counts.GetValueOrDefault(StoreStatus.Failed)} failed");
/// </code>
/// </example>
public enum StoreStatus
{
    /// <summary>Mined and stored.</summary>
    Stored,
    /// <summary>The same content is already in the database: not stored again (and, unless asked, not mined again).</summary>
    AlreadyStored,
    /// <summary>Another run on the same database is mining this content right now: left to it.</summary>
    MinedByAnotherRun,
    /// <summary>Could not be mined: the error is recorded in the database's <c>failures</c> table.</summary>
    Failed,
}
