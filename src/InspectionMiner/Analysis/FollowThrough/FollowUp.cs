using InspectionMiner.Labels;

namespace InspectionMiner.Analysis;

/// <summary>One recommendation or area for improvement of an inspection, followed through every later document of its authority.</summary>
/// <param name="Document">The document that raised it.</param>
/// <param name="Finding">The recommendation or area for improvement (text and page).</param>
/// <param name="Status">What became of it, read from the latest document that speaks of its subject.</param>
/// <param name="Evidence">The later findings on the same subject, oldest document first (per later document, the closest finding of each type).</param>
/// <param name="LaterDocuments">How many later documents of the authority it was compared with.</param>
/// <example>
/// <code>
/// var followThrough = new FollowThrough(docs, findings);
/// foreach (FollowUp f in followThrough.Of(AuthorityLookup.Find("Barnet")!))
/// {
///     Console.WriteLine($"{f.Document.Date:yyyy-MM-dd} p{f.Finding.Page}: {f.Finding.Text} -&gt; {f.Status}");
///     foreach (var e in f.Evidence)
///         Console.WriteLine($"    {e.Document.Date:yyyy-MM-dd} p{e.Finding.Page} {e.Finding.Type}: {e.Finding.Text}");
/// }
/// </code>
/// </example>
public sealed record FollowUp(StoredDocument Document, StoredFinding Finding, FollowUpStatus Status, IReadOnlyList<FollowUpEvidence> Evidence, int LaterDocuments)
{
    /// <summary>The evidence the status was read from (the closest finding of the latest document that speaks of the subject), or null.</summary>
    public FollowUpEvidence? Latest => Evidence.Count == 0 ? null : Evidence.Where(e => e.Document.Id == Evidence[^1].Document.Id).MaxBy(e => e.Similarity);

    /// <summary>Whether a later document made a recommendation on the same subject again (whatever the latest one says).</summary>
    public bool EverRaisedAgain => Evidence.Any(e => e.Finding.Type == FindingType.Recommendation);
}
