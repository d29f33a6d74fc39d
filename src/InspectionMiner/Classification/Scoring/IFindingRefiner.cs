namespace InspectionMiner.Classification;

/// <summary>
/// A second opinion on findings the model has already scored: it gets each unit with the model's finding and returns
/// the finding it settles on (e.g. <c>InspectionMiner.Embeddings</c>, which blends in a sentence-embedding model).
/// Attach one with <see cref="FindingClassifier.WithRefiner"/>.
/// </summary>
/// <example>
/// <code>
/// // Keep the model's type but never let a unit leave review unflagged below 0.8 confidence.
/// sealed class Cautious : IFindingRefiner
/// {
///     public IReadOnlyList&lt;Finding&gt; Refine(IReadOnlyList&lt;UnitContext&gt; units, IReadOnlyList&lt;Finding&gt; findings, ModelInfo model) =>
///         findings.Select(f => f with { NeedsReview = f.NeedsReview || f.TypeConfidence &lt; 0.8f }).ToList();
/// }
/// var miner = new Miner(FindingClassifier.LoadEmbedded().WithRefiner(new Cautious()));
/// </code>
/// </example>
public interface IFindingRefiner
{
    /// <summary>The findings for <paramref name="units"/>, given the model's (same order, same count).</summary>
    /// <param name="units">The units classified.</param>
    /// <param name="findings">The model's finding for each unit.</param>
    /// <param name="model">The model's calibration and review threshold.</param>
    IReadOnlyList<Finding> Refine(IReadOnlyList<UnitContext> units, IReadOnlyList<Finding> findings, ModelInfo model);
}
