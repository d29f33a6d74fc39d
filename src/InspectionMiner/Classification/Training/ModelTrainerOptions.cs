namespace InspectionMiner.Classification.Training;

/// <summary>How <see cref="ModelTrainer"/> trains. The defaults are the shipped model's settings.</summary>
/// <param name="Seed">Random seed: the same data and seed give the same model.</param>
/// <param name="CharGrams">Add character 3-grams of the unit text to the word 1–2-grams.</param>
/// <param name="Trainer">Multiclass trainer for type and area: <c>sdca</c> (SDCA maximum entropy) or <c>lbfgs</c> (L-BFGS maximum entropy).</param>
/// <param name="ThemeThreshold">The probability from which a theme is assigned.</param>
/// <param name="WithoutStructureCopies">Also train on a copy of each example stripped to its text and heading, so the
/// model serves raw sentences as well as parsed documents.</param>
/// <param name="TextOnlyCopies">Also train on a copy of each example that has a heading stripped to its text alone, so
/// a sentence classified without its heading is read by its words (without it, the few units that have no heading in
/// their document, mostly a letter's address and salutation, taught the model that a sentence without a heading is
/// <c>Neutral</c> and <c>General</c>).</param>
/// <param name="Calibrate">Fit the confidence calibration (<see cref="ModelCalibrator"/>) on a 5-fold cross-validation of the
/// same examples by authority after training; five more trainings, so off by default (<c>inspection-miner train --calibrate</c>).</param>
/// <param name="ReviewThreshold">Units whose (calibrated, where calibrated) type or area confidence is below this need a
/// person's review (<see cref="Finding.NeedsReview"/>).</param>
/// <example>
/// <code>
/// var options = new ModelTrainerOptions(Seed: 7, Trainer: "lbfgs", ThemeThreshold: 0.3f);
/// FindingClassifier model = ModelTrainer.Train(set.Examples, options);
///
/// // Or start from the shipped settings and change one:
/// var wordsOnly = new ModelTrainerOptions() with { CharGrams = false };
/// CrossValidationResult cv = CrossValidator.Run(set.Examples, folds: 5, options: wordsOnly);
/// </code>
/// </example>
public sealed record ModelTrainerOptions(
    int Seed = 20261123,
    bool CharGrams = true,
    string Trainer = "sdca",
    float ThemeThreshold = 0.3f,
    bool WithoutStructureCopies = true,
    bool TextOnlyCopies = true,
    bool Calibrate = false,
    float ReviewThreshold = 0.6f)
{
    /// <summary>
    /// The L2 penalty of the SDCA type heads, or null for SDCA's own choice (which the area heads keep). The default
    /// 1e-5 was chosen by cross-validation by authority.
    /// </summary>
    public float? TypeL2 { get; init; } = 1e-5f;

    /// <summary>
    /// The L2 penalty of the SDCA theme heads, or null for SDCA's own choice. The default 1e-5 was chosen by
    /// cross-validation by authority.
    /// </summary>
    public float? ThemeL2 { get; init; } = 1e-5f;
}
