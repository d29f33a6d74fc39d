using InspectionMiner.Classification.Training;

namespace InspectionMiner.Classification.Evaluation;

/// <summary>The scores of one stratum of a blind test set (a framework, or a kind of document).</summary>
/// <param name="Name">The stratum, e.g. <c>framework: Sif</c> or <c>kind: letters</c>.</param>
/// <param name="Documents">How many documents it holds.</param>
/// <param name="Units">How many labelled units of them were scored.</param>
/// <param name="TypeAccuracy">Finding type accuracy.</param>
/// <param name="TypeMacroF1">Finding type macro-F1 over the types present.</param>
/// <param name="AreaAccuracy">Judgement area accuracy.</param>
/// <example>
/// <code>
/// BlindTestResult result = await BlindTest.RunAsync(new Miner(), "../shared/corpus", set, ct);
/// foreach (BlindStratum s in result.Strata)
///     Console.WriteLine($"{s.Name}: {s.Units} units, type accuracy {s.TypeAccuracy:0.000}, area accuracy {s.AreaAccuracy:0.000}");
/// </code>
/// </example>
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
/// <example>
/// <code>
/// BlindTestResult result = await BlindTest.RunAsync(new Miner(), "../shared/corpus", set, ct);
/// Console.WriteLine($"type macro-F1 {result.Type.MacroF1:0.000}, area {result.Area.Accuracy:0.000}, " +
///                   $"themes micro-F1 {result.Themes.MicroF1:0.000}, type ECE {result.TypeCalibration.ExpectedCalibrationError:0.000}");
/// foreach (var (gold, mined) in result.Predictions.Where(p =&gt; p.Gold.Type != p.Mined.Finding.Type).Take(5))
///     Console.WriteLine($"{gold.Type} read as {mined.Finding.Type}: {mined.Unit.Text}");
/// </code>
/// </example>
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
