namespace InspectionMiner.Classification.Evaluation;

/// <summary>Precision, recall and F1 of one class.</summary>
/// <param name="Label">The class.</param>
/// <param name="Precision">Of the units predicted as this class, the share that are.</param>
/// <param name="Recall">Of the units of this class, the share predicted as it.</param>
/// <param name="F1">Harmonic mean of precision and recall.</param>
/// <param name="Support">How many units of this class the test data holds.</param>
/// <example>
/// <code>
/// TrainingSet set = await TrainingSetBuilder.BuildAsync(corpusRoot, annotations, cancellationToken: ct);
/// CrossValidationResult cv = CrossValidator.Run(set.Examples, folds: 5);
/// foreach (ClassMetrics c in cv.Model.Type.Classes)
///     Console.WriteLine($"{c.Label,-20} P {c.Precision:0.00}  R {c.Recall:0.00}  F1 {c.F1:0.00}  (n = {c.Support})");
/// ClassMetrics recommendations = cv.Model.Type[nameof(FindingType.Recommendation)];
/// </code>
/// </example>
public sealed record ClassMetrics(string Label, double Precision, double Recall, double F1, int Support)
{
    internal static ClassMetrics From(string label, int truePositives, int predicted, int actual)
    {
        var p = predicted == 0 ? 0 : (double)truePositives / predicted;
        var r = actual == 0 ? 0 : (double)truePositives / actual;
        return new ClassMetrics(label, p, r, p + r == 0 ? 0 : 2 * p * r / (p + r), actual);
    }
}
