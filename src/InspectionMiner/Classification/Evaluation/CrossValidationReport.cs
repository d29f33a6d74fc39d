using System.Globalization;
using System.Text;

namespace InspectionMiner.Classification.Evaluation;

/// <summary>
/// Writes a <see cref="CrossValidationResult"/> as Markdown: the headline measures of the model and the keyword
/// baseline side by side, area accuracy by kind of unit (<see cref="AreaStratum"/>), the model on raw sentences, themes
/// by threshold, and per-class precision, recall, F1 and confusion matrices.
/// </summary>
/// <example>
/// <code>
/// CrossValidationResult cv = CrossValidator.Run(set.Examples, folds: 5);
/// File.WriteAllText("cross-validation.md", CrossValidationReport.ToMarkdown(cv));
/// </code>
/// </example>
public static class CrossValidationReport
{
    /// <summary>The result as a Markdown document.</summary>
    public static string ToMarkdown(CrossValidationResult cv)
    {
        ArgumentNullException.ThrowIfNull(cv);
        var sb = new StringBuilder();
        var c = CultureInfo.InvariantCulture;
        sb.AppendLine(c, $"# Cross-validation by local authority: {cv.Folds.Count} folds, {cv.Units} held-out hand-labelled units");
        sb.AppendLine();
        sb.AppendLine(c, $"Folds (units/authorities): {string.Join(", ", cv.Folds.Select(f => $"{f.Units}/{f.Authorities}"))}; training examples available: {cv.TrainingExamples}.");
        sb.AppendLine();
        sb.AppendLine("| measure | model | keyword baseline |");
        sb.AppendLine("|---|---|---|");
        Row(sb, "type macro-F1", cv.Model.Type.MacroF1, cv.Baseline.Type.MacroF1);
        Row(sb, "type accuracy", cv.Model.Type.Accuracy, cv.Baseline.Type.Accuracy);
        Row(sb, "Recommendation recall", cv.Model.Type["Recommendation"].Recall, cv.Baseline.Type["Recommendation"].Recall);
        Row(sb, "area accuracy, text + heading", cv.Model.AreaFromText.Accuracy, cv.Baseline.AreaFromText.Accuracy);
        Row(sb, "area accuracy, structure known", cv.Model.AreaWithStructure.Accuracy, cv.Baseline.AreaWithStructure.Accuracy);
        Row(sb, "area macro-F1, structure known", cv.Model.AreaWithStructure.MacroF1, cv.Baseline.AreaWithStructure.MacroF1);
        Row(sb, $"area accuracy, units in judgement sections (n={cv.Model.AreaInJudgementSections.Classes.Sum(x => x.Support)})", cv.Model.AreaInJudgementSections.Accuracy, cv.Baseline.AreaInJudgementSections.Accuracy);
        Row(sb, "themes micro-F1", cv.Model.Themes.MicroF1, cv.Baseline.Themes.MicroF1);
        Row(sb, "themes macro-F1", cv.Model.Themes.MacroF1, cv.Baseline.Themes.MacroF1);
        sb.AppendLine();
        sb.AppendLine("Model's area accuracy from text and heading only, by where the unit comes from:");
        sb.AppendLine();
        sb.AppendLine("| units | n | text + heading | structure known |");
        sb.AppendLine("|---|---|---|---|");
        foreach (var s in AreaStratum.Of(cv))
        {
            sb.AppendLine(c, $"| {s.Name} | {s.Units} | {s.FromText:0.000} | {s.WithStructure:0.000} |");
        }

        // Raw sentences (classify, Miner.Classify): what a caller gets with and without the heading.
        sb.AppendLine();
        sb.AppendLine("Model on raw sentences (the same units with no document):");
        sb.AppendLine();
        sb.AppendLine("| given | type macro-F1 | Recommendation recall | area accuracy |");
        sb.AppendLine("|---|---|---|---|");
        var goldTypes = cv.Predictions.Select(p => p.Gold.Type!.Value).ToList();
        var goldAreas = cv.Predictions.Select(p => p.Gold.Area!.Value).ToList();
        foreach (var (given, findings) in new[] { ("structure known (mined)", cv.Predictions.Select(p => p.Predicted).ToList()), ("text and heading", cv.FromText), ("text alone", cv.FromTextAlone) })
        {
            var types = MulticlassReport.Compute(goldTypes, findings.Select(f => f.Type).ToList());
            var areas = MulticlassReport.Compute(goldAreas, findings.Select(f => f.Area).ToList());
            sb.AppendLine(c, $"| {given} | {types.MacroF1:0.000} | {types["Recommendation"].Recall:0.000} | {areas.Accuracy:0.000} |");
        }

        sb.AppendLine();
        sb.AppendLine("Model themes micro-F1 by threshold (same held-out units): " + string.Join(", ", cv.ThemeThresholds.Select(t => string.Create(c, $"{t.Threshold:0.00} → {t.MicroF1:0.000}"))));
        foreach (var result in new[] { cv.Model, cv.Baseline })
        {
            sb.AppendLine();
            sb.AppendLine(c, $"## {result.Name}");
            Multiclass(sb, "Finding type (structure known)", result.Type);
            Multiclass(sb, "Judgement area (structure known)", result.AreaWithStructure);
            Multiclass(sb, "Judgement area (text and heading only)", result.AreaFromText);
            sb.AppendLine();
            sb.AppendLine(c, $"### Themes: micro P {result.Themes.MicroPrecision:0.000} R {result.Themes.MicroRecall:0.000} F1 {result.Themes.MicroF1:0.000}, macro-F1 {result.Themes.MacroF1:0.000}");
            sb.AppendLine();
            sb.AppendLine("| theme | precision | recall | F1 | support |");
            sb.AppendLine("|---|---|---|---|---|");
            foreach (var m in result.Themes.Classes)
            {
                sb.AppendLine(c, $"| {m.Label} | {m.Precision:0.000} | {m.Recall:0.000} | {m.F1:0.000} | {m.Support} |");
            }
        }

        return sb.ToString();
    }

    private static void Row(StringBuilder sb, string name, double model, double baseline) =>
        sb.AppendLine(CultureInfo.InvariantCulture, $"| {name} | {model:0.000} | {baseline:0.000} |");

    /// <summary>A per-class table and confusion matrix under a Markdown heading of the given level (<c>##</c>, <c>###</c>).</summary>
    internal static void Multiclass(StringBuilder sb, string title, MulticlassReport report, string heading = "###")
    {
        var c = CultureInfo.InvariantCulture;
        sb.AppendLine();
        sb.AppendLine(c, $"{heading} {title}: accuracy {report.Accuracy:0.000}, macro-F1 {report.MacroF1:0.000}");
        sb.AppendLine();
        sb.AppendLine("| class | precision | recall | F1 | support |");
        sb.AppendLine("|---|---|---|---|---|");
        foreach (var m in report.Classes)
        {
            sb.AppendLine(c, $"| {m.Label} | {m.Precision:0.000} | {m.Recall:0.000} | {m.F1:0.000} | {m.Support} |");
        }

        sb.AppendLine();
        sb.AppendLine("Confusion (rows: gold, columns: predicted)");
        sb.AppendLine();
        sb.AppendLine("| gold \\ predicted | " + string.Join(" | ", report.Labels) + " |");
        sb.AppendLine("|---|" + string.Concat(report.Labels.Select(_ => "---|")));
        for (var i = 0; i < report.Labels.Count; i++)
        {
            sb.AppendLine(c, $"| {report.Labels[i]} | {string.Join(" | ", report.Confusion[i])} |");
        }
    }
}
