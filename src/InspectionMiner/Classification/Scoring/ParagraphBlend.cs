using InspectionMiner.Labels;
using InspectionMiner.Structure;

namespace InspectionMiner.Classification;

/// <summary>
/// What a paragraph is about decides much of what each of its sentences is about: each unit's type and area
/// probabilities are blended with the mean probabilities of the other sentences of its paragraph, a weighted mean of
/// log-probabilities renormalised (the unit's own weight 1, the paragraph's <see cref="TypeWeight"/> for the type and
/// <see cref="AreaWeight"/> for the area). Headings and the items of improvement lists (each about its own subject)
/// are neither blended nor blended in. Themes stay the unit's own.
/// </summary>
/// <remarks>
/// The weights were chosen by nested cross-validation by authority on the hand labels (chosen on four folds, scored on
/// the fifth): every fold chose 0.2 for the type, and 0.7 (three folds), 0.9 or 1 for the area (docs/accuracy.md).
/// </remarks>
internal static class ParagraphBlend
{
    /// <summary>The paragraph's weight in the type blend (the unit's own is 1).</summary>
    public const float TypeWeight = 0.2f;

    /// <summary>The paragraph's weight in the area blend (the unit's own is 1).</summary>
    public const float AreaWeight = 0.7f;

    /// <summary>True when a unit takes part in the blend: a sentence of a paragraph that is not an improvement list's item.</summary>
    public static bool Takes(TextUnit unit) => !unit.IsHeading && unit.Section.Kind != SectionKind.ImprovementList;

    /// <summary>The indexes of the other units of the paragraph of <paramref name="index"/> that take part, or none.</summary>
    public static IEnumerable<int> OthersOf(IReadOnlyList<TextUnit> units, int index)
    {
        var unit = units[index];
        if (!Takes(unit))
        {
            yield break;
        }

        for (var i = index - 1; i >= 0 && units[i].Block == unit.Block; i--)
        {
            if (Takes(units[i]))
            {
                yield return i;
            }
        }

        for (var i = index + 1; i < units.Count && units[i].Block == unit.Block; i++)
        {
            if (Takes(units[i]))
            {
                yield return i;
            }
        }
    }

    /// <summary>The findings of a document's units, each blended with the others of its paragraph.</summary>
    public static IReadOnlyList<Finding> Apply(IReadOnlyList<TextUnit> units, IReadOnlyList<Finding> findings, ModelInfo info)
    {
        var result = new Finding[findings.Count];
        for (var i = 0; i < findings.Count; i++)
        {
            var others = OthersOf(units, i).Select(j => findings[j]).ToList();
            result[i] = Apply(findings[i], others, info);
        }

        return result;
    }

    /// <summary><paramref name="finding"/> blended with the findings of the other sentences of its paragraph.</summary>
    public static Finding Apply(Finding finding, IReadOnlyList<Finding> paragraph, ModelInfo info)
    {
        if (paragraph.Count == 0)
        {
            return finding;
        }

        var types = Blend(finding.TypeAlternatives, paragraph.Select(p => p.TypeAlternatives), TypeWeight);
        var areas = Blend(finding.AreaAlternatives, paragraph.Select(p => p.AreaAlternatives), AreaWeight);
        return finding.WithAlternatives(types, areas, info);
    }

    private static ScoredLabel<T>[] Blend<T>(IReadOnlyList<ScoredLabel<T>> own, IEnumerable<IReadOnlyList<ScoredLabel<T>>> others, float weight)
        where T : struct, Enum
    {
        var mean = new Dictionary<T, double>();
        var count = 0;
        foreach (var alternatives in others)
        {
            count++;
            foreach (var s in alternatives)
            {
                mean[s.Label] = mean.GetValueOrDefault(s.Label) + s.Probability;
            }
        }

        return ScoredLabel.FromLogScores(own.Select(s => (s.Label, Score: (Math.Log(Math.Max(s.Probability, 1e-9)) + weight * Math.Log(Math.Max(mean.GetValueOrDefault(s.Label) / count, 1e-9))) / (1 + weight))).ToArray());
    }
}
