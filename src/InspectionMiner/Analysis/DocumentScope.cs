namespace InspectionMiner.Analysis;

/// <summary>Which documents an analysis counts, so that like is compared with like.</summary>
/// <example>
/// <code>
/// var inspections = ThemeComparison.Prevalence(docs, findings, GroupBy.Year, scope: DocumentScope.FullInspections);
/// var visits = ThemeComparison.Prevalence(docs, findings, GroupBy.Year, scope: DocumentScope.FocusedVisits);
/// </code>
/// </example>
public enum DocumentScope
{
    /// <summary>Every document.</summary>
    All,

    /// <summary>Full inspections: standard, short and re-inspections, and the pre-2013 council reports.</summary>
    FullInspections,

    /// <summary>Focused and monitoring visits (letters that look at one area) and joint targeted area inspections.</summary>
    FocusedVisits,
}
