using InspectionMiner.Classification.Training;

namespace InspectionMiner.Classification.Evaluation;

/// <summary>The scores of one stratum of a blind test set (a framework, or a kind of document).</summary>
/// <param name="Name">The stratum, e.g. <c>framework: Sif</c> or <c>kind: letters</c>.</param>
/// <param name="Documents">How many documents it holds.</param>
/// <param name="Units">How many labelled units of them were scored.</param>
/// <param name="TypeAccuracy">Finding type accuracy.</param>
/// <param name="TypeMacroF1">Finding type macro-F1 over the types present.</param>
/// <param name="AreaAccuracy">Judgement area accuracy.</param>
public sealed record BlindStratum(string Name, int Documents, int Units, double TypeAccuracy, double TypeMacroF1, double AreaAccuracy);

/// <summary>
/// How a miner did on a blind test set, end to end from the documents: every gold unit is found among the units the
/// miner cut from the document by its hash, and the miner's finding is scored against the gold label.
/// </summary>
/// <param name="Documents">How many documents were mined.</param>
/// <param name="Units">How many gold units were found and scored.</param>
/// <param name="Unresolved">Gold units the miner did not cut from their document (their text no longer matches a unit).</param>
/// <param name="Type">Finding type.</param>
/// <param name="Area">Judgement area.</param>
/// <param name="Themes">Themes.</param>
/// <param name="Strata">The same by framework and by kind of document.</param>
/// <param name="TypeCalibration">How well the type confidence matches the type accuracy.</param>
/// <param name="AreaCalibration">How well the area confidence matches the area accuracy.</param>
/// <param name="Predictions">Every scored unit: its gold label and what the miner found.</param>
public sealed record BlindTestResult(
    int Documents,
    int Units,
    int Unresolved,
    MulticlassReport Type,
    MulticlassReport Area,
    MultilabelReport Themes,
    IReadOnlyList<BlindStratum> Strata,
    CalibrationReport TypeCalibration,
    CalibrationReport AreaCalibration,
    IReadOnlyList<(Annotation Gold, ClassifiedUnit Mined)> Predictions);
