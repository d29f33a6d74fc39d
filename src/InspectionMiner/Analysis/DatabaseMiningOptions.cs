namespace InspectionMiner.Analysis;

/// <summary>How <see cref="DatabaseMining.MineIntoAsync"/> runs.</summary>
/// <example>
/// <code>
/// var options = new DatabaseMiningOptions { MaxParallelism = 2, MineStoredDocuments = true };   // every record wanted
/// </code>
/// </example>
public sealed record DatabaseMiningOptions
{
    /// <summary>Documents mined at once; default one per core.</summary>
    public int? MaxParallelism { get; init; }

    /// <summary>
    /// False (the default): a file whose content is already stored, or is being mined by another run on the same
    /// database, is read and hashed but not parsed. True: every file is mined (its <see cref="StoreResult.Document"/> is
    /// wanted, for instance to write records), and stored only when its content is not there yet.
    /// </summary>
    public bool MineStoredDocuments { get; init; }
}
