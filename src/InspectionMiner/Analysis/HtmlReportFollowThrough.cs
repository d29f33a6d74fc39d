using InspectionMiner.Labels;

namespace InspectionMiner.Analysis;

/// <summary>
/// What became of each authority's recommendations, for the report's front pages: a recommendation with the later
/// findings that raise the same subject again (document, page, wording and how close in meaning).
/// </summary>
internal static class HtmlReportFollowThrough
{
    public static object[] Build(IReadOnlyList<StoredDocument> documents, IReadOnlyList<StoredFinding> findings, Func<StoredDocument, string> nameOf)
    {
        var rows = new List<object>();
        foreach (var pair in ThemeComparison.Recurrence(documents, findings)
                     .SelectMany(r => r.RepeatedRecommendations.Select(m => (r.Earlier, r.Later, Match: m)))
                     .GroupBy(x => (x.Earlier.Id, x.Match.Earlier.Unit)))
        {
            var first = pair.First();
            rows.Add(new
            {
                authority = nameOf(first.Earlier),
                doc = first.Earlier.Id,
                page = first.Match.Earlier.Page,
                type = (int)first.Match.Earlier.Type,
                text = first.Match.Earlier.Text,
                status = "RaisedAgain",
                evidence = pair.DistinctBy(x => (x.Later.Id, x.Match.Later.Unit))
                    .Select(x => new object[] { x.Later.Id, x.Match.Later.Page, (int)x.Match.Later.Type, x.Match.Later.Text, Math.Round(x.Match.Similarity, 2) }).ToArray(),
            });
        }

        return [.. rows];
    }
}
