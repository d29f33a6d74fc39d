using InspectionMiner.Labels;

namespace InspectionMiner.Classification;

/// <summary>
/// The classifier's labels for one unit: finding type, judgement area and themes, each with a probability,
/// and the alternatives in order of probability.
/// </summary>
/// <param name="Type">The most probable finding type.</param>
/// <param name="TypeConfidence">Its probability.</param>
/// <param name="Area">The most probable judgement area.</param>
/// <param name="AreaConfidence">Its probability.</param>
/// <param name="Themes">The themes whose probability reached the model's threshold, most probable first.</param>
/// <param name="TypeAlternatives">Every finding type with its probability, most probable first.</param>
/// <param name="AreaAlternatives">Every judgement area with its probability, most probable first.</param>
/// <param name="ThemeScores">Every theme with its probability, most probable first.</param>
/// <example>
/// <code>
/// Finding f = classifier.Classify(UnitContext.FromText("Care leavers are well supported by their personal advisers."));
/// Console.WriteLine($"{f.Type} {f.TypeConfidence:P0} {f.Area} [{string.Join(", ", f.Themes)}]");
/// </code>
/// </example>
public sealed record Finding(
    FindingType Type,
    float TypeConfidence,
    JudgementArea Area,
    float AreaConfidence,
    IReadOnlyList<Theme> Themes,
    IReadOnlyList<ScoredLabel<FindingType>> TypeAlternatives,
    IReadOnlyList<ScoredLabel<JudgementArea>> AreaAlternatives,
    IReadOnlyList<ScoredLabel<Theme>> ThemeScores)
{
    /// <summary>
    /// True when the model is unsure enough that a person should read the unit: its calibrated type or area confidence
    /// is below the model's <see cref="ModelInfo.ReviewThreshold"/>.
    /// </summary>
    public bool NeedsReview { get; init; }

    /// <summary>
    /// This finding with new ranked type and area alternatives (most probable first, as a refiner blends them): the
    /// first of each becomes its label and confidence, and <paramref name="model"/> decides <see cref="NeedsReview"/>.
    /// Themes are kept.
    /// </summary>
    public Finding WithAlternatives(IReadOnlyList<ScoredLabel<FindingType>> types, IReadOnlyList<ScoredLabel<JudgementArea>> areas, ModelInfo model)
    {
        ArgumentNullException.ThrowIfNull(types);
        ArgumentNullException.ThrowIfNull(areas);
        ArgumentNullException.ThrowIfNull(model);
        return this with
        {
            Type = types[0].Label,
            TypeConfidence = types[0].Probability,
            TypeAlternatives = types,
            Area = areas[0].Label,
            AreaConfidence = areas[0].Probability,
            AreaAlternatives = areas,
            NeedsReview = model.NeedsReview(types[0].Probability, areas[0].Probability),
        };
    }
}
