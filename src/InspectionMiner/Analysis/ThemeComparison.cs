using System.Collections.Frozen;
using InspectionMiner.Labels;

namespace InspectionMiner.Analysis;

/// <summary>
/// Compares themes across years, authorities and frameworks, and follows each authority's weaknesses and
/// recommendations from one inspection to the next.
/// </summary>
/// <example>
/// <code>
/// await using var db = await FindingsDatabase.OpenAsync("findings.db");
/// var docs = await db.DocumentsAsync();
/// var findings = await db.FindingsAsync();
/// foreach (var row in ThemeComparison.Prevalence(docs, findings, GroupBy.Year))
///     Console.WriteLine($"{row.Group} {row.Theme} {row.ShareOfDocuments:P0}");
/// </code>
/// </example>
public static class ThemeComparison
{
    /// <summary>The finding types that count as "something to improve".</summary>
    public static readonly IReadOnlySet<FindingType> ImprovementTypes = new[] { FindingType.AreaForImprovement, FindingType.Recommendation }.ToFrozenSet();

    /// <summary>Theme prevalence per group: share of documents and share of findings per theme.</summary>
    /// <param name="documents">The documents.</param>
    /// <param name="findings">Their findings.</param>
    /// <param name="by">Grouping.</param>
    /// <param name="types">Finding types to count (all non-neutral types when null).</param>
    /// <param name="authority">Only this authority, when set: any name, alias, URN or LA code <see cref="AuthorityLookup.Find"/> resolves (matched by identity), else the stored name (case-insensitive).</param>
    /// <param name="scope">Which kinds of document to count (full inspections, visits, or all).</param>
    /// <param name="framework">Only documents of this framework, when set.</param>
    public static IReadOnlyList<ThemePrevalence> Prevalence(
        IReadOnlyList<StoredDocument> documents, IReadOnlyList<StoredFinding> findings, GroupBy by, IReadOnlySet<FindingType>? types = null, string? authority = null,
        DocumentScope scope = DocumentScope.All, Framework? framework = null)
    {
        ArgumentNullException.ThrowIfNull(documents);
        ArgumentNullException.ThrowIfNull(findings);
        var identity = authority is null ? null : AuthorityLookup.Find(authority);
        var docs = documents
            .Where(d => authority is null || (identity is not null ? AuthorityLookup.IdentityOf(d)?.Urn == identity.Urn : string.Equals(d.Authority, authority, StringComparison.OrdinalIgnoreCase)))
            .Where(d => DocumentScopes.Includes(scope, d.Kind) && (framework is null || d.Framework == framework))
            .ToList();
        var byDoc = findings.Where(f => types is null || types.Contains(f.Type)).ToLookup(f => f.DocumentId);
        var rows = new List<ThemePrevalence>();
        foreach (var group in docs.GroupBy(d => KeyOf(d, by)).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            var groupFindings = group.SelectMany(d => byDoc[d.Id]).ToList();
            foreach (var theme in Enum.GetValues<Theme>())
            {
                rows.Add(new ThemePrevalence(group.Key, theme, group.Count(), group.Count(d => byDoc[d.Id].Any(f => f.Themes.Contains(theme))),
                    groupFindings.Count, groupFindings.Count(f => f.Themes.Contains(theme))));
            }
        }

        return rows;
    }

    /// <summary>
    /// For each authority with two or more documents, consecutive pairs (by date): themes of areas for improvement
    /// and recommendations that recur, are new, or no longer appear, with the recommendations that repeat by meaning.
    /// </summary>
    /// <param name="documents">The documents.</param>
    /// <param name="findings">Their findings.</param>
    /// <param name="authority">Only this authority, when set (any name, alias, URN or LA code; documents are grouped by their authority's identity, whatever name they print).</param>
    /// <param name="minimumSimilarity">The similarity from which two recommendations count as the same.</param>
    public static IReadOnlyList<ThemeRecurrence> Recurrence(
        IReadOnlyList<StoredDocument> documents, IReadOnlyList<StoredFinding> findings, string? authority = null, double minimumSimilarity = 0.3)
    {
        ArgumentNullException.ThrowIfNull(documents);
        ArgumentNullException.ThrowIfNull(findings);
        var improvements = findings.Where(f => ImprovementTypes.Contains(f.Type)).ToLookup(f => f.DocumentId);
        var similarity = new TextSimilarity(findings.Where(f => f.Type == FindingType.Recommendation).Select(f => f.Text));
        var rows = new List<ThemeRecurrence>();
        var identity = authority is null ? null : AuthorityLookup.Find(authority);
        var byAuthority = documents
            .Select(d => (Document: d, Name: AuthorityLookup.IdentityOf(d)?.Name ?? d.Authority))
            .Where(p => p.Name is not null && (authority is null || (identity is not null ? p.Name == identity.Name : string.Equals(p.Name, authority, StringComparison.OrdinalIgnoreCase))))
            .GroupBy(p => p.Name!, p => p.Document, StringComparer.OrdinalIgnoreCase);
        foreach (var group in byAuthority.OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            var ordered = group.Where(d => d.Date is not null).OrderBy(d => d.Date).ToList();
            for (var i = 1; i < ordered.Count; i++)
            {
                var earlier = ordered[i - 1];
                var later = ordered[i];
                var before = improvements[earlier.Id].ToList();
                var after = improvements[later.Id].ToList();
                var matches = Matches(before.Where(f => f.Type == FindingType.Recommendation).ToList(), after.Where(f => f.Type == FindingType.Recommendation).ToList(), similarity, minimumSimilarity);
                foreach (var theme in Enum.GetValues<Theme>())
                {
                    var inBefore = before.Any(f => f.Themes.Contains(theme));
                    var inAfter = after.Any(f => f.Themes.Contains(theme));
                    if (!inBefore && !inAfter)
                    {
                        continue;
                    }

                    var status = inBefore && inAfter ? RecurrenceStatus.Recurring : inAfter ? RecurrenceStatus.New : RecurrenceStatus.NoLongerAppears;
                    rows.Add(new ThemeRecurrence(group.Key, earlier, later, theme, status,
                        matches.Where(m => m.Later.Themes.Contains(theme) || m.Earlier.Themes.Contains(theme)).ToList()));
                }
            }
        }

        return rows;
    }

    private static List<RecommendationMatch> Matches(List<StoredFinding> before, List<StoredFinding> after, TextSimilarity similarity, double minimum)
    {
        var result = new List<RecommendationMatch>();
        foreach (var later in after)
        {
            var best = before.Select(e => (e, s: similarity.Similarity(e.Text, later.Text))).OrderByDescending(x => x.s).FirstOrDefault();
            if (best.e is not null && best.s >= minimum)
            {
                result.Add(new RecommendationMatch(best.e, later, best.s));
            }
        }

        return result;
    }

    private static string KeyOf(StoredDocument d, GroupBy by) => by switch
    {
        GroupBy.Year => d.Year?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "unknown",
        GroupBy.Authority => d.Authority ?? "unknown",
        GroupBy.Framework => d.Framework?.ToString() ?? "unknown",
        _ => throw new ArgumentOutOfRangeException(nameof(by)),
    };
}
