using InspectionMiner.Labels;

namespace InspectionMiner.Classification.Training;

/// <summary>A unit in context with its labels: one training or evaluation example.</summary>
/// <param name="Context">What the classifier sees.</param>
/// <param name="Type">The finding type, or null when the source gives none (weak area-only labels).</param>
/// <param name="Area">The judgement area, or null when the source gives none (weak type-only labels).</param>
/// <param name="Themes">The themes, or null when the source gives none.</param>
/// <param name="Document">The document's path under the corpus root.</param>
/// <param name="Group">The local authority: cross-validation never puts one authority on both sides.</param>
/// <param name="Source">Hand label or structure-derived weak label.</param>
public sealed record LabeledUnit(
    UnitContext Context,
    FindingType? Type,
    JudgementArea? Area,
    IReadOnlyList<Theme>? Themes,
    string Document,
    string Group,
    AnnotationSource Source);
