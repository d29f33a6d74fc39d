namespace InspectionMiner.Classification.Evaluation;

/// <summary>One bin of a reliability table: the predictions whose confidence falls in [<paramref name="Lower"/>, <paramref name="Upper"/>).</summary>
/// <param name="Lower">The bin's lowest confidence.</param>
/// <param name="Upper">The bin's upper bound (the last bin includes 1).</param>
/// <param name="Count">How many predictions fall in the bin.</param>
/// <param name="MeanConfidence">Their mean confidence.</param>
/// <param name="Accuracy">The share of them that were right.</param>
/// <example>
/// <code>
/// foreach (CalibrationBin bin in report.Bins.Where(b =&gt; b.Count &gt; 0))
///     Console.WriteLine($"{bin.Lower:0.0}-{bin.Upper:0.0}: {bin.Count} units, confidence {bin.MeanConfidence:0.00}, right {bin.Accuracy:P0}");
/// </code>
/// </example>
public sealed record CalibrationBin(double Lower, double Upper, int Count, double MeanConfidence, double Accuracy);

/// <summary>
/// How far a classifier's confidence can be taken at its word: a reliability table of equal-width bins and the expected
/// calibration error (the bins' |accuracy − mean confidence| weighted by their share of the predictions).
/// </summary>
/// <param name="Bins">The reliability table, lowest confidence first; empty bins included.</param>
/// <param name="ExpectedCalibrationError">The expected calibration error (0 is perfect).</param>
/// <example>
/// <code>
/// var report = CalibrationReport.Compute([0.95f, 0.6f, 0.8f], [true, false, true]);
/// Console.WriteLine($"ECE {report.ExpectedCalibrationError:0.000}");
/// </code>
/// </example>
public sealed record CalibrationReport(IReadOnlyList<CalibrationBin> Bins, double ExpectedCalibrationError)
{
    /// <summary>Bins predictions by confidence and compares each bin's confidence with its accuracy.</summary>
    /// <param name="confidence">Each prediction's confidence, in [0, 1].</param>
    /// <param name="correct">Whether each prediction was right, in the same order.</param>
    /// <param name="bins">The number of equal-width bins.</param>
    public static CalibrationReport Compute(IReadOnlyList<float> confidence, IReadOnlyList<bool> correct, int bins = 10)
    {
        ArgumentNullException.ThrowIfNull(confidence);
        ArgumentNullException.ThrowIfNull(correct);
        if (confidence.Count != correct.Count)
        {
            throw new ArgumentException("confidence and correct must have the same length", nameof(correct));
        }

        var table = new List<CalibrationBin>(bins);
        var ece = 0.0;
        for (var b = 0; b < bins; b++)
        {
            double lower = b / (double)bins, upper = (b + 1) / (double)bins;
            var members = Enumerable.Range(0, confidence.Count)
                .Where(i => confidence[i] >= lower && (confidence[i] < upper || (b == bins - 1 && confidence[i] <= upper)))
                .ToList();
            var mean = members.Count == 0 ? 0 : members.Average(i => (double)confidence[i]);
            var accuracy = members.Count == 0 ? 0 : members.Count(i => correct[i]) / (double)members.Count;
            table.Add(new CalibrationBin(lower, upper, members.Count, mean, accuracy));
            ece += confidence.Count == 0 ? 0 : members.Count / (double)confidence.Count * Math.Abs(accuracy - mean);
        }

        return new CalibrationReport(table, ece);
    }
}
