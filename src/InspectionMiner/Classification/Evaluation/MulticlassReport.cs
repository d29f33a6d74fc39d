namespace InspectionMiner.Classification.Evaluation;

/// <summary>How well single-label predictions (finding type or judgement area) match the gold labels.</summary>
/// <param name="Labels">The classes, in the order of the confusion matrix.</param>
/// <param name="Classes">Per-class precision, recall and F1.</param>
/// <param name="Accuracy">Share of units predicted correctly.</param>
/// <param name="MacroF1">Unweighted mean of the per-class F1.</param>
/// <param name="Confusion">Confusion[actual][predicted] counts.</param>
/// <example>
/// <code>
/// FindingType[] gold = [FindingType.Strength, FindingType.Recommendation, FindingType.AreaForImprovement, FindingType.Neutral];
/// FindingType[] predicted = [FindingType.Strength, FindingType.AreaForImprovement, FindingType.AreaForImprovement, FindingType.Neutral];
/// MulticlassReport report = MulticlassReport.Compute(gold, predicted);
/// Console.WriteLine($"accuracy {report.Accuracy:P0}, macro-F1 {report.MacroF1:0.00}");
/// Console.WriteLine($"recommendation recall {report[nameof(FindingType.Recommendation)].Recall:0.00}");
///
/// // Confusion[actual][predicted], in the order of Labels.
/// var labels = report.Labels.ToList();
/// int missed = report.Confusion[labels.IndexOf("Recommendation")][labels.IndexOf("AreaForImprovement")];
/// </code>
/// </example>
public sealed record MulticlassReport(IReadOnlyList<string> Labels, IReadOnlyList<ClassMetrics> Classes, double Accuracy, double MacroF1, IReadOnlyList<IReadOnlyList<int>> Confusion)
{
    /// <summary>Compares predictions with gold labels.</summary>
    public static MulticlassReport Compute<T>(IReadOnlyList<T> gold, IReadOnlyList<T> predicted)
        where T : struct, Enum
    {
        ArgumentNullException.ThrowIfNull(gold);
        ArgumentNullException.ThrowIfNull(predicted);
        if (gold.Count != predicted.Count)
        {
            throw new ArgumentException("Gold and predicted labels differ in number.", nameof(predicted));
        }

        var labels = Enum.GetValues<T>();
        var index = labels.Select((l, i) => (l, i)).ToDictionary(x => x.l, x => x.i);
        var confusion = labels.Select(_ => new int[labels.Length]).ToArray();
        for (var i = 0; i < gold.Count; i++)
        {
            confusion[index[gold[i]]][index[predicted[i]]]++;
        }

        var classes = labels.Select((l, k) => ClassMetrics.From(l.ToString(), confusion[k][k], confusion.Sum(row => row[k]), confusion[k].Sum())).ToArray();
        var present = classes.Where(c => c.Support > 0).ToArray();
        var correct = Enumerable.Range(0, labels.Length).Sum(k => confusion[k][k]);
        return new MulticlassReport(labels.Select(l => l.ToString()).ToArray(), classes, gold.Count == 0 ? 0 : (double)correct / gold.Count,
            present.Length == 0 ? 0 : present.Average(c => c.F1), confusion);
    }

    /// <summary>The metrics of one class by name.</summary>
    public ClassMetrics this[string label] => Classes.Single(c => c.Label == label);
}
