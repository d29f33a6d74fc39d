using InspectionMiner.Labels;

namespace InspectionMiner.Analysis;

/// <summary>How common one theme is in one group (a year, authority or framework).</summary>
/// <param name="Group">The year, authority or framework.</param>
/// <param name="Theme">The theme.</param>
/// <param name="Documents">Documents in the group.</param>
/// <param name="DocumentsWithTheme">Documents with at least one selected finding tagged with the theme.</param>
/// <param name="Findings">Selected findings in the group.</param>
/// <param name="FindingsWithTheme">Selected findings tagged with the theme.</param>
public sealed record ThemePrevalence(string Group, Theme Theme, int Documents, int DocumentsWithTheme, int Findings, int FindingsWithTheme)
{
    /// <summary>Share of the group's documents that raise the theme.</summary>
    public double ShareOfDocuments => Documents == 0 ? 0 : (double)DocumentsWithTheme / Documents;

    /// <summary>Share of the group's findings tagged with the theme.</summary>
    public double ShareOfFindings => Findings == 0 ? 0 : (double)FindingsWithTheme / Findings;
}
