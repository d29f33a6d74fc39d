using InspectionMiner.Labels;

namespace InspectionMiner.Classification;

/// <summary>
/// Rule 1 of the label scheme: a unit listed under a heading that asks for improvement ("What needs to improve?",
/// "Areas for improvement", "What needs to improve in this area of social work practice") is a
/// <see cref="FindingType.Recommendation"/>, even when it reads as a weakness; only history and markers there are
/// <see cref="FindingType.Neutral"/>. So the type of such a unit is chosen between those two alone: the other types'
/// probabilities are set to zero and the two renormalised. Headings are left alone.
/// </summary>
internal static class ImprovementListRule
{
    /// <summary>True when <paramref name="unit"/> is an item or sentence of an improvement list.</summary>
    public static bool Takes(UnitContext unit) => unit.SectionKind == Structure.SectionKind.ImprovementList && !unit.IsHeading;

    /// <summary><paramref name="finding"/> with its type chosen between Recommendation and Neutral when the rule takes its unit.</summary>
    public static Finding Apply(UnitContext unit, Finding finding, ModelInfo info) =>
        Takes(unit) && Restricted(finding.TypeAlternatives) is { } types ? finding.WithAlternatives(types, finding.AreaAlternatives, info) : finding;

    /// <summary>
    /// <paramref name="types"/> with Strength and AreaForImprovement at zero and Recommendation and Neutral renormalised,
    /// most probable first; null when those two have no probability at all.
    /// </summary>
    public static ScoredLabel<FindingType>[]? Restricted(IReadOnlyList<ScoredLabel<FindingType>> types)
    {
        var total = types.Where(t => Kept(t.Label)).Sum(t => (double)t.Probability);
        return total <= 0 ? null : types
            .Select(t => new ScoredLabel<FindingType>(t.Label, Kept(t.Label) ? (float)(t.Probability / total) : 0f))
            .OrderByDescending(t => t.Probability).ThenBy(t => t.Label).ToArray();
    }

    private static bool Kept(FindingType type) => type is FindingType.Recommendation or FindingType.Neutral;

    /// <summary>Every finding of <paramref name="units"/> with the rule applied.</summary>
    public static IReadOnlyList<Finding> Apply(IReadOnlyList<UnitContext> units, IReadOnlyList<Finding> findings, ModelInfo info)
    {
        var result = new Finding[findings.Count];
        for (var i = 0; i < findings.Count; i++)
        {
            result[i] = Apply(units[i], findings[i], info);
        }

        return result;
    }
}
