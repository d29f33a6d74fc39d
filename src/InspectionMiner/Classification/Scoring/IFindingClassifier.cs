namespace InspectionMiner.Classification;

/// <summary>Anything that labels units: the trained <see cref="FindingClassifier"/>, or the keyword baseline it is measured against.</summary>
/// <example>
/// <code>
/// // Score any classifier the same way: the shipped model, a retrained one, or rules of your own.
/// static double TypeAccuracy(IFindingClassifier classifier, IReadOnlyList&lt;LabeledUnit&gt; gold)
/// {
///     IReadOnlyList&lt;Finding&gt; findings = classifier.Classify(gold.Select(g =&gt; g.Context).ToList());
///     return gold.Zip(findings).Count(p =&gt; p.First.Type == p.Second.Type) / (double)gold.Count;
/// }
///
/// var hand = set.Hand.ToList();
/// double shipped = TypeAccuracy(FindingClassifier.LoadEmbedded(), hand);
/// double retrained = TypeAccuracy(ModelTrainer.Train(set.Examples), hand);   // optimistic: trained on the same units
/// </code>
/// </example>
public interface IFindingClassifier
{
    /// <summary>Classifies a batch of units; the findings come back in the same order.</summary>
    IReadOnlyList<Finding> Classify(IReadOnlyList<UnitContext> units);
}
