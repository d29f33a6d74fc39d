using InspectionMiner.Labels;

namespace InspectionMiner.Analysis;

/// <summary>How common one theme is in one group (a year, authority or framework).</summary>
/// <param name="Group">The year, authority or framework.</param>
/// <param name="Theme">The theme.</param>
/// <param name="Documents">Documents in the group.</param>
/// <param name="DocumentsWithTheme">Documents with at least one selected finding tagged with the theme.</param>
/// <param name="Findings">Selected findings in the group.</param>
/// <param name="FindingsWithTheme">Selected findings tagged with the theme.</param>
/// <example>
/// <code>
/// await using var db = await FindingsDatabase.OpenAsync("findings.db", ct);
/// var docs = await db.DocumentsAsync(ct);
/// var findings = await db.FindingsAsync(ct);
/// var byYear = ThemeComparison.Prevalence(docs, findings, GroupBy.Year, ThemeComparison.ImprovementTypes);
/// foreach (ThemePrevalence p in byYear.Where(p =&gt; p.Theme == Theme.ManagementOversight))
///     Console.WriteLine($"{p.Group}: {p.DocumentsWithTheme}/{p.Documents} inspections ({p.ShareOfDocuments:P0}), {p.ShareOfFindings:P1} of weaknesses");
/// </code>
/// </example>
public sealed record ThemePrevalence(string Group, Theme Theme, int Documents, int DocumentsWithTheme, int Findings, int FindingsWithTheme)
{
    /// <summary>Share of the group's documents that raise the theme.</summary>
    public double ShareOfDocuments => Documents == 0 ? 0 : (double)DocumentsWithTheme / Documents;

    /// <summary>Share of the group's findings tagged with the theme.</summary>
    public double ShareOfFindings => Findings == 0 ? 0 : (double)FindingsWithTheme / Findings;
}
