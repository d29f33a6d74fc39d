using InspectionMiner.Classification.Evaluation;
using InspectionMiner.Labels;

namespace InspectionMiner.Classification.Training;

/// <summary>
/// Fits a model's confidence calibration on cross-validated predictions of its own training set (never on a test
/// set): a temperature for the finding type and one for the judgement area, so that a confidence of 0.8 is right about
/// 80% of the time, and the threshold below which a unit is flagged for review.
/// </summary>
/// <example>
/// <code>
/// CrossValidationResult cv = CrossValidator.Run(set.Examples);
/// ModelInfo calibrated = ModelCalibrator.Fit(model.Info, cv, reviewThreshold: 0.6f);
/// Console.WriteLine($"type T {calibrated.TypeTemperature}, area T {calibrated.AreaTemperature}");
/// </code>
/// </example>
public static class ModelCalibrator
{
    /// <summary>The model's info with temperatures fitted on the cross-validated predictions and the review threshold set.</summary>
    /// <param name="info">The trained model's info.</param>
    /// <param name="cv">Cross-validation of the same training set with the same options.</param>
    /// <param name="reviewThreshold">Units whose calibrated type or area confidence is below this need review.</param>
    public static ModelInfo Fit(ModelInfo info, CrossValidationResult cv, float reviewThreshold)
    {
        ArgumentNullException.ThrowIfNull(info);
        ArgumentNullException.ThrowIfNull(cv);
        var types = Enum.GetValues<FindingType>();
        var areas = Enum.GetValues<JudgementArea>();
        var typeProbabilities = cv.Predictions.Select(p => Distribution(p.Predicted.TypeAlternatives, types)).ToList();
        var typeGold = cv.Predictions.Select(p => Array.IndexOf(types, p.Gold.Type!.Value)).ToList();
        var areaProbabilities = cv.Predictions.Select(p => Distribution(p.Predicted.AreaAlternatives, areas)).ToList();
        var areaGold = cv.Predictions.Select(p => Array.IndexOf(areas, p.Gold.Area!.Value)).ToList();
        return info with
        {
            TypeTemperature = ConfidenceCalibration.FitTemperature(typeProbabilities, typeGold),
            AreaTemperature = ConfidenceCalibration.FitTemperature(areaProbabilities, areaGold),
            ReviewThreshold = reviewThreshold,
        };
    }

    /// <summary>The same model with its confidence calibrated on <paramref name="cv"/> (what <see cref="ModelTrainerOptions.Calibrate"/> does after training).</summary>
    /// <param name="model">A trained model.</param>
    /// <param name="cv">Cross-validation of the model's training set with the same options.</param>
    /// <param name="reviewThreshold">Units whose calibrated type or area confidence is below this need review.</param>
    public static FindingClassifier Calibrate(FindingClassifier model, CrossValidationResult cv, float reviewThreshold)
    {
        ArgumentNullException.ThrowIfNull(model);
        return model.WithInfo(Fit(model.Info, cv, reviewThreshold));
    }

    private static float[] Distribution<T>(IReadOnlyList<ScoredLabel<T>> ranked, T[] labels)
        where T : struct, Enum
    {
        var p = new float[labels.Length];
        foreach (var s in ranked)
        {
            p[Array.IndexOf(labels, s.Label)] = s.Probability;
        }

        return p;
    }
}
