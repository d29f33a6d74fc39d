namespace InspectionMiner.Classification;

/// <summary>Anything that labels units: the trained <see cref="FindingClassifier"/>, or the keyword baseline it is measured against.</summary>
public interface IFindingClassifier
{
    /// <summary>Classifies a batch of units; the findings come back in the same order.</summary>
    IReadOnlyList<Finding> Classify(IReadOnlyList<UnitContext> units);
}
