using System.Globalization;
using System.Text;

namespace InspectionMiner.Classification.Evaluation;

/// <summary>Writes a <see cref="BlindTestResult"/> as Markdown: the headline measures, the strata, the reliability tables and the confusion matrices.</summary>
/// <example>
/// <code>
/// BlindTestResult result = await BlindTest.RunAsync(new Miner(), "../shared/corpus", set, ct);
/// File.WriteAllText("blind.md", BlindTestReport.ToMarkdown(result));
/// </code>
/// </example>
public static class BlindTestReport
{
    private static readonly CultureInfo C = CultureInfo.InvariantCulture;

    /// <summary>The result as a Markdown document.</summary>
    public static string ToMarkdown(BlindTestResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        var sb = new StringBuilder();
        sb.AppendLine(C, $"# Blind test set: {result.Units} units of {result.Documents} documents, mined end to end ({result.Unresolved} gold units not cut by the parser)");
        sb.AppendLine();
        sb.AppendLine("| measure | value |");
        sb.AppendLine("|---|---|");
        Row(sb, "type macro-F1", result.Type.MacroF1);
        Row(sb, "type accuracy", result.Type.Accuracy);
        Row(sb, "Recommendation recall", result.Type["Recommendation"].Recall);
        Row(sb, "Neutral recall", result.Type["Neutral"].Recall);
        Row(sb, "area accuracy", result.Area.Accuracy);
        Row(sb, "General recall", result.Area["General"].Recall);
        Row(sb, "themes micro-F1", result.Themes.MicroF1);
        Row(sb, "type expected calibration error", result.TypeCalibration.ExpectedCalibrationError);
        Row(sb, "area expected calibration error", result.AreaCalibration.ExpectedCalibrationError);
        sb.AppendLine();
        sb.AppendLine("| stratum | documents | units | type accuracy | type macro-F1 | area accuracy |");
        sb.AppendLine("|---|---|---|---|---|---|");
        foreach (var s in result.Strata)
        {
            sb.AppendLine(C, $"| {s.Name} | {s.Documents} | {s.Units} | {s.TypeAccuracy:0.000} | {s.TypeMacroF1:0.000} | {s.AreaAccuracy:0.000} |");
        }

        Reliability(sb, "Type confidence", result.TypeCalibration);
        Reliability(sb, "Area confidence", result.AreaCalibration);
        CrossValidationReport.Multiclass(sb, "Finding type", result.Type, "##");
        CrossValidationReport.Multiclass(sb, "Judgement area", result.Area, "##");
        sb.AppendLine();
        sb.AppendLine(C, $"## Themes: micro P {result.Themes.MicroPrecision:0.000} R {result.Themes.MicroRecall:0.000} F1 {result.Themes.MicroF1:0.000}, macro-F1 {result.Themes.MacroF1:0.000}");
        return sb.ToString();
    }

    private static void Row(StringBuilder sb, string name, double value) => sb.AppendLine(C, $"| {name} | {value:0.000} |");

    private static void Reliability(StringBuilder sb, string title, CalibrationReport report)
    {
        sb.AppendLine();
        sb.AppendLine(C, $"## {title}: expected calibration error {report.ExpectedCalibrationError:0.000}");
        sb.AppendLine();
        sb.AppendLine("| confidence | units | mean confidence | accuracy |");
        sb.AppendLine("|---|---|---|---|");
        foreach (var b in report.Bins.Where(b => b.Count > 0))
        {
            sb.AppendLine(C, $"| {b.Lower:0.0}–{b.Upper:0.0} | {b.Count} | {b.MeanConfidence:0.000} | {b.Accuracy:0.000} |");
        }
    }
}
