namespace InspectionMiner.Classification.Training;

/// <summary>Where a label comes from.</summary>
public enum AnnotationSource
{
    /// <summary>Decided by an annotator reading the unit in context (corpus/annotations/*.jsonl).</summary>
    Hand = 0,

    /// <summary>
    /// Derived from the document's structure, never read: an improvement-list item is a Recommendation, a paragraph
    /// under a judgement heading has that judgement's area. Weak labels only ever add training data; every
    /// evaluation figure is measured on hand labels.
    /// </summary>
    Structure = 1,
}
