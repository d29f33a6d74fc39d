namespace InspectionMiner.Classification.Evaluation;

/// <summary>One classifier's scores on held-out units.</summary>
/// <param name="Name">Which classifier ("model" or "keyword baseline").</param>
/// <param name="Type">Finding type, with the document's structure known.</param>
/// <param name="AreaWithStructure">Judgement area with the document's structure known (section kind and area).</param>
/// <param name="AreaFromText">Judgement area from the unit's text and section heading only.</param>
/// <param name="Themes">Themes, with the document's structure known.</param>
/// <param name="AreaInJudgementSections">Judgement area of the units that sit in a judgement section (where the structure names the area).</param>
/// <example>
/// <code>
/// CrossValidationResult cv = CrossValidator.Run(set.Examples);
/// foreach (EvaluationResult r in new[] { cv.Model, cv.Baseline })
/// {
///     Console.WriteLine($"{r.Name}: type accuracy {r.Type.Accuracy:P1} (macro-F1 {r.Type.MacroF1:0.000})");
///     Console.WriteLine($"  area with structure {r.AreaWithStructure.Accuracy:P1}, from text only {r.AreaFromText.Accuracy:P1}, " +
///                       $"in judgement sections {r.AreaInJudgementSections.Accuracy:P1}");
///     Console.WriteLine($"  themes micro-F1 {r.Themes.MicroF1:0.000}");
/// }
/// </code>
/// </example>
public sealed record EvaluationResult(string Name, MulticlassReport Type, MulticlassReport AreaWithStructure, MulticlassReport AreaFromText, MultilabelReport Themes, MulticlassReport AreaInJudgementSections);

/// <summary>The outcome of cross-validation: the model and the baseline on the same held-out units.</summary>
/// <param name="Model">The trained model's scores.</param>
/// <param name="Baseline">The keyword baseline's scores.</param>
/// <param name="Folds">Per fold: the number of held-out units and authorities.</param>
/// <param name="Units">How many hand-labelled units were held out in all (each exactly once).</param>
/// <param name="TrainingExamples">Hand plus weak examples available for training.</param>
/// <param name="ThemeThresholds">The model's themes micro-F1 at other thresholds, on the same held-out units.</param>
/// <param name="Predictions">Every held-out unit with the model's finding (structure known), for error analysis.</param>
/// <param name="FromText">The model's finding for the same units from their text and heading only, in the same order.</param>
/// <param name="FromTextAlone">The model's finding for the same units from their text alone (no heading), in the same order.</param>
/// <example>
/// <code>
/// TrainingSet set = await TrainingSetBuilder.BuildAsync(corpusRoot, annotations, cancellationToken: ct);
/// CrossValidationResult cv = CrossValidator.Run(set.Examples, folds: 5, progress: new Progress&lt;string&gt;(Console.Error.WriteLine));
/// Console.WriteLine($"{cv.Units} held-out units in {cv.Folds.Count} folds ({cv.TrainingExamples} training examples)");
/// Console.WriteLine($"type macro-F1: model {cv.Model.Type.MacroF1:0.000}, keyword baseline {cv.Baseline.Type.MacroF1:0.000}");
/// foreach (var (threshold, microF1) in cv.ThemeThresholds)
///     Console.WriteLine($"themes at threshold {threshold}: micro-F1 {microF1:0.000}");
///
/// // Error analysis: confident mistakes on the finding type.
/// foreach (var (gold, predicted) in cv.Predictions.Where(p =&gt; p.Gold.Type != p.Predicted.Type &amp;&amp; p.Predicted.TypeConfidence &gt; 0.8f))
///     Console.WriteLine($"{gold.Type} taken for {predicted.Type}: {gold.Context.Text}");
/// </code>
/// </example>
public sealed record CrossValidationResult(
    EvaluationResult Model,
    EvaluationResult Baseline,
    IReadOnlyList<(int Units, int Authorities)> Folds,
    int Units,
    int TrainingExamples,
    IReadOnlyList<(float Threshold, double MicroF1)> ThemeThresholds,
    IReadOnlyList<(Training.LabeledUnit Gold, Finding Predicted)> Predictions,
    IReadOnlyList<Finding> FromText,
    IReadOnlyList<Finding> FromTextAlone);
