namespace InspectionMiner.Analysis;

/// <summary>
/// A finding of a later document that speaks of the same subject as an earlier recommendation or area for
/// improvement: where (document, page), when (<see cref="StoredDocument.Date"/>), how worded (<see cref="StoredFinding.Text"/>)
/// and as what (<see cref="StoredFinding.Type"/>: raised again, still weak, or now a strength).
/// </summary>
/// <param name="Document">The later document.</param>
/// <param name="Finding">Its finding (text, page, type).</param>
/// <param name="Similarity">How close the two texts are by meaning-bearing words, 0 to 1.</param>
/// <example>
/// <code>
/// foreach (FollowUpEvidence e in followUp.Evidence)
///     Console.WriteLine($"{e.Document.Date:yyyy-MM-dd} {e.Document.Kind} p{e.Finding.Page} ({e.Finding.Type}, {e.Similarity:0.00}): {e.Finding.Text}");
/// </code>
/// </example>
public sealed record FollowUpEvidence(StoredDocument Document, StoredFinding Finding, double Similarity);
