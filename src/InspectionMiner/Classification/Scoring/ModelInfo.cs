using System.Text.Json;
using System.Text.Json.Serialization;

namespace InspectionMiner.Classification;

/// <summary>What a trained model was trained on and how it decides themes.</summary>
/// <param name="ThemeThreshold">The probability from which a theme is assigned.</param>
/// <param name="Seed">The random seed of training.</param>
/// <param name="HandLabels">How many hand-annotated units it was trained on.</param>
/// <param name="WeakLabels">How many structure-derived (weak) area labels its area lexicon was learned from.</param>
/// <param name="Trained">When it was trained (UTC), or null.</param>
/// <example>
/// <code>
/// FindingClassifier classifier = FindingClassifier.LoadEmbedded();
/// ModelInfo info = classifier.Info;
/// Console.WriteLine($"trained on {info.HandLabels} hand and {info.WeakLabels} weak labels (seed {info.Seed}), " +
///                   $"{info.Trained?.ToString("yyyy-MM-dd") ?? "date not recorded"}; themes from probability {info.ThemeThreshold}");
/// </code>
/// </example>
public sealed record ModelInfo(float ThemeThreshold = 0.5f, int Seed = 0, int HandLabels = 0, int WeakLabels = 0, DateTimeOffset? Trained = null)
{
    internal static readonly JsonSerializerOptions JsonOptions = new(JsonSerializerDefaults.Web) { WriteIndented = true, DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull };
}
