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
/// <example>
/// <code>
/// // An example labelled outside the corpus, e.g. in another annotation tool.
/// var extra = new LabeledUnit(
///     UnitContext.FromText("Pathway plans are not updated when young people's circumstances change.", "Care leavers"),
///     FindingType.AreaForImprovement, JudgementArea.CareLeavers, [Theme.CareLeaverSupport, Theme.Planning],
///     Document: "external/york-2023.pdf", Group: "york", Source: AnnotationSource.Hand);
///
/// TrainingSet set = await TrainingSetBuilder.BuildAsync(corpusRoot, annotations, cancellationToken: ct);
/// FindingClassifier model = ModelTrainer.Train([.. set.Examples, extra]);
/// </code>
/// </example>
public sealed record LabeledUnit(
    UnitContext Context,
    FindingType? Type,
    JudgementArea? Area,
    IReadOnlyList<Theme>? Themes,
    string Document,
    string Group,
    AnnotationSource Source)
{
    /// <summary>
    /// The other sentences of the unit's paragraph in their context, when it was read from a document: cross-validation
    /// classifies them too and blends them in as <see cref="FindingClassifier.Classify(Structure.InspectionDocument)"/> does.
    /// </summary>
    public IReadOnlyList<UnitContext> Paragraph { get; init; } = [];
}
