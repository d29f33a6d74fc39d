using InspectionMiner.Classification;
using InspectionMiner.Labels;

namespace InspectionMiner.Embeddings;

/// <summary>
/// Blends the shipped model's type and area probabilities with those of <see cref="EmbeddingHeads"/> for every unit of a
/// parsed document (a unit that knows its document kind); a sentence given alone keeps the model's finding. The blend
/// is a weighted mean of log-probabilities, renormalised: type half and half, area 0.8 the model's and 0.2 the heads'.
/// Each theme's probability is the weighted mean of the model's and the theme head's (<see cref="ThemeWeight"/> the
/// model's), assigned from <see cref="ThemeThreshold"/>. The weights and the threshold are those nested
/// cross-validation chose (docs/accuracy.md). With <see cref="Below"/> under 1, only the units the model is less sure of
/// are embedded and blended, the rest keep the model's finding: at 0.8 about a third of a corpus's units are embedded, with the
/// same type and area in cross-validation and themes a little less often right (docs/accuracy.md).
/// </summary>
/// <example>
/// <code>
/// using var refiner = EmbeddingRefiner.LoadEmbedded();
/// var classifier = FindingClassifier.LoadEmbedded().WithRefiner(refiner);
/// var miner = new Miner(classifier);
///
/// // Faster: embed only the units whose model confidence is below 0.8.
/// using var quicker = EmbeddingRefiner.LoadEmbedded(below: 0.8f);
/// </code>
/// </example>
public sealed class EmbeddingRefiner : IFindingRefiner, IDisposable
{
    /// <summary>The model's weight in the type blend.</summary>
    public const float TypeWeight = 0.5f;

    /// <summary>The model's weight in the area blend.</summary>
    public const float AreaWeight = 0.8f;

    /// <summary>The model's weight in each theme's blend.</summary>
    public const float ThemeWeight = 0.6f;

    /// <summary>The blended probability from which a theme is assigned.</summary>
    public const float ThemeThreshold = 0.3f;

    private readonly MiniLmEmbedder _embedder;
    private readonly bool _ownsEmbedder;

    /// <summary>A refiner with these heads and embedder (which it does not dispose), refining every unit.</summary>
    public EmbeddingRefiner(EmbeddingHeads heads, MiniLmEmbedder embedder)
        : this(heads, embedder, 1f, ownsEmbedder: false)
    {
    }

    /// <summary>A refiner with these heads and embedder (which it does not dispose), refining the units whose model
    /// confidence is below <paramref name="below"/>.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="below"/> is not between 0 and 1.</exception>
    public EmbeddingRefiner(EmbeddingHeads heads, MiniLmEmbedder embedder, float below)
        : this(heads, embedder, below, ownsEmbedder: false)
    {
    }

    private EmbeddingRefiner(EmbeddingHeads heads, MiniLmEmbedder embedder, float below, bool ownsEmbedder)
    {
        ArgumentNullException.ThrowIfNull(heads);
        ArgumentNullException.ThrowIfNull(embedder);
        if (!(below is >= 0f and <= 1f))
        {
            throw new ArgumentOutOfRangeException(nameof(below), below, "A confidence is between 0 and 1 (1 refines every unit).");
        }

        Heads = heads;
        Below = below;
        _embedder = embedder;
        _ownsEmbedder = ownsEmbedder;
    }

    /// <summary>The heads blended in.</summary>
    public EmbeddingHeads Heads { get; }

    /// <summary>
    /// Units whose model confidence (the lower of type and area) is at least this keep the model's finding and are not
    /// embedded; 1 (the default) refines every unit.
    /// </summary>
    public float Below { get; }

    /// <summary>The shipped heads with an embedder of its own, refining every unit.</summary>
    public static EmbeddingRefiner LoadEmbedded() => LoadEmbedded(1f);

    /// <summary>The shipped heads with an embedder of its own, refining the units whose model confidence is below <paramref name="below"/>.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="below"/> is not between 0 and 1.</exception>
    public static EmbeddingRefiner LoadEmbedded(float below) => new(EmbeddingHeads.LoadEmbedded(), new MiniLmEmbedder(), below, ownsEmbedder: true);

    /// <inheritdoc />
    public IReadOnlyList<Finding> Refine(IReadOnlyList<UnitContext> units, IReadOnlyList<Finding> findings, ModelInfo model)
    {
        ArgumentNullException.ThrowIfNull(units);
        ArgumentNullException.ThrowIfNull(findings);
        ArgumentNullException.ThrowIfNull(model);
        var chosen = Enumerable.Range(0, units.Count)
            .Where(i => units[i].DocumentKind is not null && (Below >= 1f || Math.Min(findings[i].TypeConfidence, findings[i].AreaConfidence) < Below))
            .ToList();
        if (chosen.Count == 0)
        {
            return findings;
        }

        var subset = chosen.Select(i => units[i]).ToList();
        var scores = Heads.Score(subset, _embedder.Embed(subset.Select(u => u.Text).ToList()));
        var result = findings.ToArray();
        for (var k = 0; k < chosen.Count; k++)
        {
            var f = result[chosen[k]];
            var types = Blend(f.TypeAlternatives, scores[k].Type, TypeWeight, model.TypeTemperature);
            var areas = Blend(f.AreaAlternatives, scores[k].Area, AreaWeight, model.AreaTemperature);
            var refined = f.WithAlternatives(types, areas, model);
            if (scores[k].Themes.Count > 0)
            {
                var themes = BlendThemes(f.ThemeScores, scores[k].Themes);
                refined = refined with { ThemeScores = themes, Themes = themes.Where(t => t.Probability >= ThemeThreshold).Select(t => t.Label).ToArray() };
            }

            result[chosen[k]] = refined;
        }

        return result;
    }

    /// <inheritdoc />
    public void Dispose()
    {
        if (_ownsEmbedder)
        {
            _embedder.Dispose();
        }
    }

    /// <summary>Each theme's probability as the weighted mean of the model's and the head's, most probable first.</summary>
    internal static ScoredLabel<Theme>[] BlendThemes(IReadOnlyList<ScoredLabel<Theme>> model, IReadOnlyDictionary<Theme, float> heads) =>
        model.Select(s => s with { Probability = (ThemeWeight * s.Probability) + ((1 - ThemeWeight) * (heads.TryGetValue(s.Label, out var p) ? p : s.Probability)) })
            .OrderByDescending(s => s.Probability).ThenBy(s => s.Label).ToArray();

    /// <summary>
    /// The model's probabilities (calibrated with <paramref name="temperature"/>, undone here so the weights mean what
    /// they meant in cross-validation) blended with the heads', ranked.
    /// </summary>
    internal static ScoredLabel<T>[] Blend<T>(IReadOnlyList<ScoredLabel<T>> model, IReadOnlyDictionary<T, float> heads, float weight, float temperature)
        where T : struct, Enum
    {
        return ScoredLabel.FromLogScores(model.Select(s => (s.Label, Score: weight * temperature * Math.Log(Math.Max(s.Probability, 1e-9))
            + (1 - weight) * Math.Log(Math.Max(heads.TryGetValue(s.Label, out var p) ? p : 0f, 1e-9)))).ToArray());
    }
}
