namespace InspectionMiner.Classification.Training;

/// <summary>Where a label comes from.</summary>
/// <example>
/// <code>
/// TrainingSet set = await TrainingSetBuilder.BuildAsync(corpusRoot, annotations,
///     weakDocuments: ["ilacs/york/2023-05-02.pdf", "ilacs/barnet/2022-06-13.pdf"], cancellationToken: ct);
/// int hand = set.Examples.Count(e =&gt; e.Source == AnnotationSource.Hand);
/// int weak = set.Examples.Count(e =&gt; e.Source == AnnotationSource.Structure);
/// Console.WriteLine($"{hand} hand labels, {weak} weak labels");
///
/// // Measure on hand labels only: no one has read the weak ones.
/// var gold = set.Examples.Where(e =&gt; e.Source == AnnotationSource.Hand).ToList();
/// </code>
/// </example>
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
