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
}
