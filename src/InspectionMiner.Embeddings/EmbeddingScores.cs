using InspectionMiner.Labels;

namespace InspectionMiner.Embeddings;

/// <summary>The embedding heads' probabilities for one unit: every finding type, every judgement area and, when the heads score them, every theme.</summary>
internal sealed record EmbeddingScores(
    IReadOnlyDictionary<FindingType, float> Type,
    IReadOnlyDictionary<JudgementArea, float> Area,
    IReadOnlyDictionary<Theme, float> Themes);
