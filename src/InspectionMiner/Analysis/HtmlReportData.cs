using System.Globalization;
using InspectionMiner.Facts;
using InspectionMiner.Labels;

namespace InspectionMiner.Analysis;

/// <summary>
/// The data a report's page reads at once, as JSON: the label lists; the documents with their authority, kind, grades,
/// counts of findings (strengths, areas for improvement, recommendations, flagged for review), the themes raised in their
/// areas for improvement or recommendations (bit <c>t</c> for theme <c>t</c>) and source link; the authorities with
/// their statistical neighbours. Enough for the national view, the history, grades and neighbours of an authority; the
/// findings themselves travel packed (<see cref="HtmlReportPack"/>).
/// </summary>
internal static class HtmlReportData
{
    private static readonly Judgement[] GradeColumns =
        [Judgement.OverallEffectiveness, Judgement.ImpactOfLeaders, Judgement.HelpAndProtection, Judgement.ChildrenInCare, Judgement.CareLeavers];

    public static object Build(IReadOnlyList<StoredDocument> documents, IReadOnlyList<StoredFinding> findings, HtmlReportOptions options)
    {
        var sources = new HtmlReportSources(options.ReportDirectory);
        var byDocument = findings.ToLookup(f => f.DocumentId);
        var improvement = new[] { FindingType.AreaForImprovement, FindingType.Recommendation };
        return new
        {
            themes = Enum.GetNames<Theme>(),
            types = Enum.GetNames<FindingType>(),
            areas = Enum.GetNames<JudgementArea>(),
            judgements = GradeColumns.Select(j => j.ToString()).ToArray(),
            statuses = Enum.GetNames<FollowUpStatus>(),
            authorities = Authorities(documents),
            docs = documents.Select(d => new
            {
                id = d.Id,
                authority = NameOf(d),
                kind = d.Kind.ToString(),
                report = IsReport(d.Kind),
                framework = d.Framework?.ToString(),
                year = d.Year,
                date = d.Date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                pages = d.Pages,
                grades = GradeColumns.Select(j => d.Grades[j].ToString()).ToArray(),
                href = options.LinkBase is null ? sources.LinkFor(d.Path) : DocumentLink.For(d.Path, options.LinkBase),
                name = Path.GetFileName(d.Path),
                counts = new[] { FindingType.Strength, FindingType.AreaForImprovement, FindingType.Recommendation }.Select(t => byDocument[d.Id].Count(f => f.Type == t)).ToArray(),
                flagged = byDocument[d.Id].Count(f => f.NeedsReview),
                raised = byDocument[d.Id].Where(f => improvement.Contains(f.Type)).SelectMany(f => f.Themes).Aggregate(0u, (mask, t) => mask | (1u << (int)t)),
            }),
        };
    }

    /// <summary>The name the report groups a document under: the authority's canonical name when resolved.</summary>
    public static string NameOf(StoredDocument document) => document.LocalAuthority?.Name ?? document.Authority ?? "unknown";

    /// <summary>Full inspections are reports; focused, monitoring and joint targeted visits are letters.</summary>
    public static bool IsReport(DocumentKind kind) =>
        kind is DocumentKind.StandardInspection or DocumentKind.ShortInspection or DocumentKind.Reinspection or DocumentKind.CouncilReport;

    private static object[] Authorities(IReadOnlyList<StoredDocument> documents) =>
        documents.GroupBy(NameOf).OrderBy(g => g.Key, StringComparer.Ordinal).Select(g =>
        {
            var la = g.Select(d => d.LocalAuthority).FirstOrDefault(l => l is not null);
            return (object)new
            {
                name = g.Key,
                laCode = la?.LaCode,
                region = la?.Region,
                neighbours = la?.StatisticalNeighbours.Select(LocalAuthorities.ByLaCode).OfType<LocalAuthority>().Select(n => n.Name).ToArray() ?? [],
            };
        }).ToArray();
}
