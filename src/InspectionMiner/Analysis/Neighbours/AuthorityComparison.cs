using InspectionMiner.Facts;
using InspectionMiner.Labels;

namespace InspectionMiner.Analysis;

/// <summary>
/// An authority side by side with its ten DfE statistical neighbours and with the national picture (every authority
/// in the database): theme shares and grades, like for like (one <see cref="DocumentScope"/>, optionally one
/// framework), with the document counts of each column.
/// </summary>
/// <param name="Authority">The authority compared.</param>
/// <param name="Neighbours">Its statistical neighbours, closest first (those with no counted document included).</param>
/// <param name="Columns">Three columns: the authority, its neighbours together, and the national picture.</param>
/// <example>
/// <code>
/// await using var db = await FindingsDatabase.OpenAsync("findings.db", ct);
/// var la = AuthorityLookup.Find("302")!;      // Barnet by its LA code
/// var c = AuthorityComparison.Of(await db.DocumentsAsync(ct), await db.FindingsAsync(ct), la, DocumentScope.FullInspections, Framework.Ilacs);
/// Console.WriteLine(string.Join(" | ", c.Columns.Select(g =&gt; $"{g.Name} ({g.Documents} documents)")));
/// foreach (Theme t in Enum.GetValues&lt;Theme&gt;())
///     Console.WriteLine($"{t}: " + string.Join(" | ", c.Columns.Select(g =&gt; g.Themes.Single(p =&gt; p.Theme == t).ShareOfDocuments.ToString("P0"))));
/// </code>
/// </example>
public sealed record AuthorityComparison(LocalAuthority Authority, IReadOnlyList<LocalAuthority> Neighbours, IReadOnlyList<ComparisonGroup> Columns)
{
    /// <summary>The name of the neighbours' column.</summary>
    public const string NeighboursColumn = "Statistical neighbours";

    /// <summary>The name of the national column.</summary>
    public const string NationalColumn = "All authorities";

    /// <summary>
    /// Compares <paramref name="authority"/> with its statistical neighbours and with every authority in the database.
    /// </summary>
    /// <param name="documents">Every stored document.</param>
    /// <param name="findings">Their findings.</param>
    /// <param name="authority">The authority.</param>
    /// <param name="scope">Which documents to count (full inspections, visits, or all).</param>
    /// <param name="framework">Only documents of this framework, when set.</param>
    /// <param name="types">Finding types whose themes count (areas for improvement and recommendations when null).</param>
    public static AuthorityComparison Of(
        IReadOnlyList<StoredDocument> documents, IReadOnlyList<StoredFinding> findings, LocalAuthority authority,
        DocumentScope scope = DocumentScope.All, Framework? framework = null, IReadOnlySet<FindingType>? types = null)
    {
        ArgumentNullException.ThrowIfNull(documents);
        ArgumentNullException.ThrowIfNull(findings);
        ArgumentNullException.ThrowIfNull(authority);
        var neighbours = authority.StatisticalNeighbours.Select(LocalAuthorities.ByLaCode).OfType<LocalAuthority>().ToList();
        var neighbourUrns = neighbours.Select(n => n.Urn).ToHashSet();
        var identified = documents.Select(d => (Document: d, Authority: AuthorityLookup.IdentityOf(d))).Where(p => p.Authority is not null).ToList();
        var columns = new List<ComparisonGroup>
        {
            Group(authority.Name, identified.Where(p => p.Authority!.Urn == authority.Urn).ToList(), findings, scope, framework, types),
            Group(NeighboursColumn, identified.Where(p => neighbourUrns.Contains(p.Authority!.Urn)).ToList(), findings, scope, framework, types),
            Group(NationalColumn, identified, findings, scope, framework, types),
        };
        return new AuthorityComparison(authority, neighbours, columns);
    }

    private static ComparisonGroup Group(
        string name, List<(StoredDocument Document, LocalAuthority? Authority)> members, IReadOnlyList<StoredFinding> findings,
        DocumentScope scope, Framework? framework, IReadOnlySet<FindingType>? types)
    {
        var counted = members.Where(p => DocumentScopes.Includes(scope, p.Document.Kind) && (framework is null || p.Document.Framework == framework)).ToList();
        var docs = counted.Select(p => p.Document).ToList();
        var ids = docs.Select(d => d.Id).ToHashSet();
        var themes = ThemeComparison.Prevalence(docs, findings.Where(f => ids.Contains(f.DocumentId)).ToList(), GroupBy.Framework, types ?? ThemeComparison.ImprovementTypes)
            .GroupBy(p => p.Theme)
            .Select(g => new ThemePrevalence(name, g.Key, g.Sum(p => p.Documents), g.Sum(p => p.DocumentsWithTheme), g.Sum(p => p.Findings), g.Sum(p => p.FindingsWithTheme)))
            .ToList();
        if (themes.Count == 0)
        {
            themes = Enum.GetValues<Theme>().Select(t => new ThemePrevalence(name, t, 0, 0, 0, 0)).ToList();
        }

        return new ComparisonGroup(name, counted.Select(p => p.Authority!.Name).Distinct().Order(StringComparer.Ordinal).ToList(), docs.Count, themes, LatestGrades(members, framework));
    }

    // Per judgement, the grade of each authority's latest full inspection that made it, counted.
    private static Dictionary<Judgement, IReadOnlyDictionary<Grade, int>> LatestGrades(List<(StoredDocument Document, LocalAuthority? Authority)> members, Framework? framework)
    {
        var result = new Dictionary<Judgement, IReadOnlyDictionary<Grade, int>>();
        var inspections = members.Where(p => DocumentScopes.IsFullInspection(p.Document.Kind) && p.Document.Date is not null && (framework is null || p.Document.Framework == framework)).ToList();
        foreach (var judgement in Enum.GetValues<Judgement>())
        {
            result[judgement] = inspections
                .Where(p => p.Document.Grades[judgement] != Grade.NotJudged)
                .GroupBy(p => p.Authority!.Urn)
                .Select(g => g.MaxBy(p => p.Document.Date)!.Document.Grades[judgement])
                .GroupBy(g => g)
                .ToDictionary(g => g.Key, g => g.Count());
        }

        return result;
    }
}
