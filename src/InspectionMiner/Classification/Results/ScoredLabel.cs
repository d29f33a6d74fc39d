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
