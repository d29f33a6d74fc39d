namespace InspectionMiner.Analysis;

/// <summary>
/// One pair the matcher decides on: an earlier recommendation or area for improvement and the closest finding of one
/// later document of the same authority, with their similarity and whether it counts as the same subject. For
/// measuring the matcher against readers.
/// </summary>
/// <param name="EarlierDocument">The earlier document.</param>
/// <param name="Earlier">Its recommendation or area for improvement.</param>
/// <param name="LaterDocument">The later document.</param>
/// <param name="Later">The later document's finding closest to it.</param>
/// <param name="Similarity">Their similarity, 0 to 1.</param>
/// <param name="IsMatch">Whether the matcher takes them for the same subject.</param>
/// <example>
/// <code>
/// var pairs = new FollowThrough(docs, findings).Candidates(la).ToList();
/// Console.WriteLine($"{pairs.Count(p =&gt; p.IsMatch)} of {pairs.Count} pairs on the same subject");
/// </code>
/// </example>
public sealed record FollowUpCandidate(StoredDocument EarlierDocument, StoredFinding Earlier, StoredDocument LaterDocument, StoredFinding Later, double Similarity, bool IsMatch);
