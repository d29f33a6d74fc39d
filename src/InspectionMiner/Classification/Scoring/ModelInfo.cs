using System.Text.Json;
using System.Text.Json.Serialization;

namespace InspectionMiner.Classification;

/// <summary>What a trained model was trained on and how it decides themes.</summary>
/// <param name="ThemeThreshold">The probability from which a theme is assigned.</param>
/// <param name="Seed">The random seed of training.</param>
/// <param name="HandLabels">How many hand-annotated units it was trained on.</param>
/// <param name="WeakLabels">How many structure-derived (weak) area labels its area lexicon was learned from.</param>
/// <param name="Trained">When it was trained (UTC), or null.</param>
/// <param name="TypeTemperature">The temperature that calibrates the finding type's probabilities (fitted on cross-validated predictions; 1 leaves them as the heads give them).</param>
/// <param name="AreaTemperature">The temperature that calibrates the judgement area's probabilities.</param>
/// <param name="ReviewThreshold">A unit whose calibrated type or area confidence is below this needs a person's review (<see cref="Finding.NeedsReview"/>); 0 flags none.</param>
/// <example>
/// <code>
/// FindingClassifier classifier = FindingClassifier.LoadEmbedded();
/// ModelInfo info = classifier.Info;
/// Console.WriteLine($"trained on {info.HandLabels} hand and {info.WeakLabels} weak labels (seed {info.Seed}), " +
///                   $"{info.Trained?.ToString("yyyy-MM-dd") ?? "date not recorded"}; themes from probability {info.ThemeThreshold}");
/// </code>
/// </example>
public sealed record ModelInfo(float ThemeThreshold = 0.5f, int Seed = 0, int HandLabels = 0, int WeakLabels = 0, DateTimeOffset? Trained = null, float TypeTemperature = 1f, float AreaTemperature = 1f, float ReviewThreshold = 0f)
{
    /// <summary>True when a unit of these calibrated type and area confidences needs a person's review: either is below <see cref="ReviewThreshold"/>.</summary>
    /// <param name="typeConfidence">The probability of the unit's finding type.</param>
    /// <param name="areaConfidence">The probability of the unit's judgement area.</param>
    public bool NeedsReview(float typeConfidence, float areaConfidence) => typeConfidence < ReviewThreshold || areaConfidence < ReviewThreshold;

    internal static readonly JsonSerializerOptions JsonOptions = new(JsonSerializerDefaults.Web) { WriteIndented = true, DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull };
}
