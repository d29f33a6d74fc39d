namespace InspectionMiner.Classification.Training;

/// <summary>The examples resolved from a set of annotations, and the annotations that no longer resolve.</summary>
/// <param name="Examples">Hand-labelled examples, then structure-derived (weak) ones if asked for.</param>
/// <param name="Unresolved">Annotations whose document is missing or unreadable, or whose unit hash no longer
/// occurs in the document (the segmentation changed since the unit was annotated).</param>
/// <param name="Documents">How many documents were parsed.</param>
public sealed record TrainingSet(IReadOnlyList<LabeledUnit> Examples, IReadOnlyList<UnresolvedAnnotation> Unresolved, int Documents)
{
    /// <summary>The hand-labelled examples only.</summary>
    public IEnumerable<LabeledUnit> Hand => Examples.Where(e => e.Source == AnnotationSource.Hand);
}

/// <summary>An annotation that could not be matched to a unit, and why.</summary>
/// <param name="Annotation">The annotation.</param>
/// <param name="Reason">Why it did not resolve.</param>
public sealed record UnresolvedAnnotation(Annotation Annotation, string Reason);
