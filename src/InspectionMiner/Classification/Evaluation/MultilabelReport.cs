namespace InspectionMiner.Classification.Evaluation;

/// <summary>How well multi-label predictions (themes) match the gold labels.</summary>
/// <param name="Classes">Per-theme precision, recall and F1.</param>
/// <param name="MicroPrecision">Precision over all (unit, theme) decisions.</param>
/// <param name="MicroRecall">Recall over all (unit, theme) decisions.</param>
/// <param name="MicroF1">F1 over all (unit, theme) decisions.</param>
/// <param name="MacroF1">Unweighted mean of the per-theme F1 (themes present in the gold labels).</param>
/// <example>
/// <code>
/// Theme[][] gold = [[Theme.Assessment, Theme.Timeliness], [Theme.CareLeaverSupport]];
/// Theme[][] predicted = [[Theme.Assessment], [Theme.CareLeaverSupport, Theme.Health]];
/// MultilabelReport themes = MultilabelReport.Compute&lt;Theme&gt;(gold, predicted);
/// Console.WriteLine($"micro P {themes.MicroPrecision:0.00} R {themes.MicroRecall:0.00} F1 {themes.MicroF1:0.00}, macro-F1 {themes.MacroF1:0.00}");
/// foreach (ClassMetrics c in themes.Classes.Where(c =&gt; c.Support &gt; 0))
///     Console.WriteLine($"{c.Label}: F1 {c.F1:0.00}");
/// </code>
/// </example>
public sealed record MultilabelReport(IReadOnlyList<ClassMetrics> Classes, double MicroPrecision, double MicroRecall, double MicroF1, double MacroF1)
{
    /// <summary>Compares predicted label sets with gold label sets.</summary>
    public static MultilabelReport Compute<T>(IReadOnlyList<IReadOnlyCollection<T>> gold, IReadOnlyList<IReadOnlyCollection<T>> predicted)
        where T : struct, Enum
    {
        ArgumentNullException.ThrowIfNull(gold);
        ArgumentNullException.ThrowIfNull(predicted);
        var classes = new List<ClassMetrics>();
        int tpAll = 0, predAll = 0, goldAll = 0;
        foreach (var label in Enum.GetValues<T>())
        {
            int tp = 0, p = 0, g = 0;
            for (var i = 0; i < gold.Count; i++)
            {
                var inGold = gold[i].Contains(label);
                var inPred = predicted[i].Contains(label);
                tp += inGold && inPred ? 1 : 0;
                p += inPred ? 1 : 0;
                g += inGold ? 1 : 0;
            }

            classes.Add(ClassMetrics.From(label.ToString(), tp, p, g));
            tpAll += tp;
            predAll += p;
            goldAll += g;
        }

        var micro = ClassMetrics.From("micro", tpAll, predAll, goldAll);
        var present = classes.Where(c => c.Support > 0).ToArray();
        return new MultilabelReport(classes, micro.Precision, micro.Recall, micro.F1, present.Length == 0 ? 0 : present.Average(c => c.F1));
    }
}
