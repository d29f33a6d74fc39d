using InspectionMiner.Classification;
using InspectionMiner.Ingestion;

namespace InspectionMiner.Analysis;

/// <summary>One file of <see cref="DatabaseMining.MineIntoAsync"/>: what became of it, its mined document when it was mined, and its typed error when it failed.</summary>
/// <param name="Path">The file (or, for a folder that could not be searched, the folder).</param>
/// <param name="Status">Stored, already stored, left to another run, or failed.</param>
/// <param name="Document">The mined document: set when <see cref="StoreStatus.Stored"/>, and when <see cref="StoreStatus.AlreadyStored"/> if <see cref="DatabaseMiningOptions.MineStoredDocuments"/> asked for it.</param>
/// <param name="Error">Why the file failed; set only when <see cref="StoreStatus.Failed"/>.</param>
/// <example>
/// <code>
/// await foreach (StoreResult r in miner.MineIntoAsync(db, DocumentFiles.Expand(["reports"]), cancellationToken: ct))
///     if (r.Status == StoreStatus.Failed) Console.Error.WriteLine(r.Error!.Message);
/// </code>
/// </example>
public sealed record StoreResult(string Path, StoreStatus Status, MinedDocument? Document, DocumentReadException? Error);
