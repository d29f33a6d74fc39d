namespace InspectionMiner.Classification.Training;

/// <summary>The examples resolved from a set of annotations, and the annotations that no longer resolve.</summary>
/// <param name="Examples">Hand-labelled examples, then structure-derived (weak) ones if asked for.</param>
/// <param name="Unresolved">Annotations whose document is missing or unreadable, or whose unit hash no longer
/// occurs in the document (the segmentation changed since the unit was annotated).</param>
/// <param name="Documents">How many documents were parsed.</param>
/// <example>
/// <code>
/// TrainingSet set = await TrainingSetBuilder.BuildAsync(corpusRoot, annotations, cancellationToken: ct);
/// Console.WriteLine($"{set.Hand.Count()} hand-labelled units from {set.Documents} documents; {set.Unresolved.Count} annotations no longer resolve");
/// foreach (var group in set.Unresolved.GroupBy(u =&gt; u.Reason))
///     Console.WriteLine($"  {group.Key}: {group.Count()}");
/// FindingClassifier model = ModelTrainer.Train(set.Examples);
/// </code>
/// </example>
public sealed record TrainingSet(IReadOnlyList<LabeledUnit> Examples, IReadOnlyList<UnresolvedAnnotation> Unresolved, int Documents)
{
    /// <summary>The hand-labelled examples only.</summary>
    public IEnumerable<LabeledUnit> Hand => Examples.Where(e => e.Source == AnnotationSource.Hand);
}

/// <summary>An annotation that could not be matched to a unit, and why.</summary>
/// <param name="Annotation">The annotation.</param>
/// <param name="Reason">Why it did not resolve.</param>
/// <example>
/// <code>
/// TrainingSet set = await TrainingSetBuilder.BuildAsync(corpusRoot, annotations, cancellationToken: ct);
/// // Annotations whose unit changed (re-segmented text) or whose document is missing: re-annotate them.
/// foreach (UnresolvedAnnotation u in set.Unresolved)
///     Console.Error.WriteLine($"{u.Annotation.Document} {u.Annotation.Hash}: {u.Reason}");
/// </code>
/// </example>
public sealed record UnresolvedAnnotation(Annotation Annotation, string Reason);
