using InspectionMiner.Facts;

namespace InspectionMiner.Analysis;

/// <summary>
/// What became of each authority's recommendations and areas for improvement (<see cref="FollowThrough"/> across all
/// its later documents), for the report's front pages, compactly: each row is the index of the finding in the
/// report's findings, its status, and the later findings that speak of the same subject with their similarity.
/// </summary>
internal static class HtmlReportFollowThrough
{
    /// <summary>One followed-through finding: its index in the report's findings, its status and its later evidence (finding index, similarity).</summary>
    public sealed record Row(int Finding, FollowUpStatus Status, IReadOnlyList<(int Finding, double Similarity)> Evidence);

    public static IReadOnlyList<Row> Build(IReadOnlyList<StoredDocument> documents, IReadOnlyList<StoredFinding> findings)
    {
        var index = new Dictionary<(long, int), int>();
        for (var i = 0; i < findings.Count; i++)
        {
            index.TryAdd((findings[i].DocumentId, findings[i].Unit), i);
        }

        var followThrough = new FollowThrough(documents, findings);
        var rows = new List<Row>();
        var authorities = documents.Select(d => d.LocalAuthority).OfType<LocalAuthority>().DistinctBy(a => a.LaCode);
        foreach (var followUps in authorities.AsParallel().AsOrdered().Select(followThrough.Of))   // authorities on all cores, rows in the same order
        {
            rows.AddRange(followUps.Where(f => f.Status != FollowUpStatus.NoLaterDocument).Select(f => new Row(
                index[(f.Document.Id, f.Finding.Unit)],
                f.Status,
                f.Evidence.Select(e => (index[(e.Document.Id, e.Finding.Unit)], e.Similarity)).ToArray())));
        }

        return rows;
    }
}
