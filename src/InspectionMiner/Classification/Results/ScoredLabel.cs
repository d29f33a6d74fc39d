namespace InspectionMiner.Classification;

/// <summary>A label with the model's probability for it.</summary>
/// <typeparam name="T">The label type (<see cref="Labels.FindingType"/>, <see cref="Labels.JudgementArea"/> or <see cref="Labels.Theme"/>).</typeparam>
/// <param name="Label">The label.</param>
/// <param name="Probability">The model's probability, 0 to 1.</param>
/// <example>
/// <code>
/// Finding f = miner.Classify("Leaders have a clear understanding of the quality of practice.");
/// foreach (ScoredLabel&lt;FindingType&gt; alternative in f.TypeAlternatives)
///     Console.WriteLine($"{alternative.Label}: {alternative.Probability:P1}");
///
/// var (area, probability) = f.AreaAlternatives[0];   // the most probable area
/// // Themes just below the model's threshold, worth a second look.
/// var nearMisses = f.ThemeScores.Where(s =&gt; !f.Themes.Contains(s.Label) &amp;&amp; s.Probability &gt;= 0.15f);
/// </code>
/// </example>
public readonly record struct ScoredLabel<T>(T Label, float Probability)
    where T : struct, Enum;

/// <summary>Building ranked <see cref="ScoredLabel{T}"/> lists, as a refiner that blends scores needs.</summary>
/// <example>
/// <code>
/// // A refiner of one's own: half the model's log-probability, half another scorer's, renormalised and ranked.
/// ScoredLabel&lt;FindingType&gt;[] types = ScoredLabel.FromLogScores(finding.TypeAlternatives
///     .Select(s =&gt; (s.Label, 0.5 * Math.Log(s.Probability) + 0.5 * Math.Log(other[s.Label]))).ToArray());
/// Finding refined = finding.WithAlternatives(types, finding.AreaAlternatives, classifier.Info);
/// </code>
/// </example>
public static class ScoredLabel
{
    /// <summary>
    /// The labels with the softmax of their log-scores as probabilities, most probable first (ties by label): what a
    /// weighted mean of log-probabilities gives once renormalised.
    /// </summary>
    /// <param name="logScores">Each label with its log-score.</param>
    public static ScoredLabel<T>[] FromLogScores<T>(IReadOnlyList<(T Label, double Score)> logScores)
        where T : struct, Enum
    {
        ArgumentNullException.ThrowIfNull(logScores);
        if (logScores.Count == 0)
        {
            return [];
        }

        var max = logScores.Max(l => l.Score);
        var sum = logScores.Sum(l => Math.Exp(l.Score - max));
        return logScores.Select(l => new ScoredLabel<T>(l.Label, (float)(Math.Exp(l.Score - max) / sum)))
            .OrderByDescending(s => s.Probability).ThenBy(s => s.Label).ToArray();
    }
}
