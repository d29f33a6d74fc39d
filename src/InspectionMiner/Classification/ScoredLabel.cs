namespace InspectionMiner.Classification;

/// <summary>A label with the model's probability for it.</summary>
/// <typeparam name="T">The label type (<see cref="Labels.FindingType"/>, <see cref="Labels.JudgementArea"/> or <see cref="Labels.Theme"/>).</typeparam>
/// <param name="Label">The label.</param>
/// <param name="Probability">The model's probability, 0 to 1.</param>
public readonly record struct ScoredLabel<T>(T Label, float Probability)
    where T : struct, Enum;
