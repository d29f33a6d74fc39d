using InspectionMiner.Labels;

namespace InspectionMiner.Analysis;

/// <summary>Which <see cref="DocumentKind"/>s a <see cref="DocumentScope"/> includes.</summary>
/// <example>
/// <code>
/// var fullInspections = docs.Where(d =&gt; DocumentScopes.IsFullInspection(d.Kind));
/// </code>
/// </example>
public static class DocumentScopes
{
    /// <summary>True for a full inspection's kinds (standard, short, re-inspection, council report).</summary>
    public static bool IsFullInspection(DocumentKind kind) =>
        kind is DocumentKind.StandardInspection or DocumentKind.ShortInspection or DocumentKind.Reinspection or DocumentKind.CouncilReport;

    /// <summary>True when <paramref name="scope"/> counts a document of <paramref name="kind"/>.</summary>
    public static bool Includes(DocumentScope scope, DocumentKind kind) => scope switch
    {
        DocumentScope.All => true,
        DocumentScope.FullInspections => IsFullInspection(kind),
        DocumentScope.FocusedVisits => !IsFullInspection(kind),
        _ => throw new ArgumentOutOfRangeException(nameof(scope)),
    };
}
