using System.CommandLine;
using System.Globalization;
using System.Text;
using InspectionMiner.Classification;
using InspectionMiner.Classification.Evaluation;
using InspectionMiner.Classification.Training;

namespace InspectionMiner.Cli.Commands;

/// <summary>
/// <c>inspection-miner evaluate</c>: k-fold cross-validation split by local authority; prints per-class precision,
/// recall and F1, macro-F1, accuracy and confusion matrices for type and area, and micro/macro-F1 for themes, for
/// the model and the keyword baseline on the same held-out units (Markdown).
/// </summary>
internal static class EvaluateCommand
{
    public static Command Create()
    {
        var inputs = new TrainingInputs();
        var folds = new Option<int>("--folds") { Description = "Number of folds (authorities never span two).", DefaultValueFactory = _ => 5 };
        var errors = new Option<string?>("--errors") { Description = "Write every held-out unit the model got wrong (type, area, or area from text and heading) to this JSONL file (gold and predicted labels with the unit text: for local error analysis, never commit it)." };
        var test = new Option<bool>("--test") { Description = "Score the shipped model on the blind test set instead, end to end from the documents (by framework and kind, with reliability tables); the set is never used for training or tuning." };
        var blind = new Option<string>("--blind") { Description = "The blind test set's folder (documents.csv and gold.jsonl).", DefaultValueFactory = _ => Path.Combine("corpus", "annotations", "blind") };
        var model = ModelOption.Create();
        model.Description = "With --test: score this model (the findings-model.zip that train --out writes, or its folder) instead of the embedded one.";
        var command = new Command("evaluate", "Cross-validate the classifier by local authority, against a keyword baseline; or score it on the blind test set (--test).") { folds, errors, test, blind, model };
        inputs.AddTo(command);
        command.SetAction(async (result, ct) =>
        {
            if (result.GetValue(test))
            {
                if (!Directory.Exists(result.GetValue(blind)) || !Directory.Exists(result.GetValue(inputs.Corpus)))
                {
                    Console.Error.WriteLine($"evaluate --test needs the blind test set (--blind, now '{result.GetValue(blind)}': a folder with documents.csv and gold.jsonl, corpus/annotations/blind in a clone of the repository) " +
                                            $"and the corpus its documents are in (--corpus, now '{result.GetValue(inputs.Corpus)}').");
                    return ExitCodes.UsageError;
                }

                BlindTestSet blindSet;
                try
                {
                    blindSet = await BlindTestSet.LoadAsync(result.GetValue(blind)!, ct);
                }
                catch (Exception e) when (e is FileNotFoundException or InvalidDataException)
                {
                    Console.Error.WriteLine(e.Message);
                    return ExitCodes.UsageError;
                }

                if (ModelOption.Load(result, model) is not { } classifier)
                {
                    return ExitCodes.UsageError;
                }

                var scored = await BlindTest.RunAsync(new Miner(classifier), result.GetValue(inputs.Corpus)!, blindSet, ct);
                Console.Out.Write(BlindTestReport.ToMarkdown(scored));
                return ExitCodes.Success;
            }

            if (result.GetValue(model) is not null)
            {
                Console.Error.WriteLine("--model applies to --test: cross-validation trains its own models on each fold's training authorities.");
                return ExitCodes.UsageError;
            }

            if (inputs.Missing(result, "evaluate") is { } missing)
            {
                Console.Error.WriteLine(missing);
                return ExitCodes.UsageError;
            }

            var set = await inputs.BuildAsync(result, ct);
            var progress = new Progress<string>(Console.Error.WriteLine);
            var cv = CrossValidator.Run(set.Examples, result.GetValue(folds), inputs.Options(result), progress);
            Console.Out.Write(Render(cv));
            if (result.GetValue(errors) is { } path)
            {
                await using var w = new StreamWriter(path);
                foreach (var ((gold, predicted), fromText) in cv.Predictions.Zip(cv.FromText)
                    .Where(p => p.First.Gold.Type != p.First.Predicted.Type || p.First.Gold.Area != p.First.Predicted.Area || p.First.Gold.Area != p.Second.Area))
                {
                    await w.WriteLineAsync(System.Text.Json.JsonSerializer.Serialize(new
                    {
                        document = gold.Document, section = gold.Context.SectionKind?.ToString(), goldType = gold.Type?.ToString(), type = predicted.Type.ToString(),
                        goldArea = gold.Area?.ToString(), area = predicted.Area.ToString(), textArea = fromText.Area.ToString(), sectionArea = gold.Context.SectionArea?.ToString(), heading = gold.Context.SectionHeading, text = gold.Context.Text,
                    }));
                }
            }
            return ExitCodes.Success;
        });
        return command;
    }

    private static void StratumRow(StringBuilder sb, string name, IReadOnlyList<(LabeledUnit Gold, Finding Predicted, Finding Text)> rows) =>
        sb.AppendLine(CultureInfo.InvariantCulture, $"| {name} | {rows.Count} | {rows.Count(r => r.Text.Area == r.Gold.Area) / (double)rows.Count:0.000} | {rows.Count(r => r.Predicted.Area == r.Gold.Area) / (double)rows.Count:0.000} |");

    internal static string Render(CrossValidationResult cv)
    {
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
        var rows = cv.Predictions.Select((p, i) => (p.Gold, p.Predicted, Text: cv.FromText[i])).ToList();
        foreach (var group in rows.GroupBy(r => r.Gold.Context.DocumentKind is Labels.DocumentKind.FocusedVisit or Labels.DocumentKind.MonitoringVisit ? "letters (focused and monitoring visits)"
                     : r.Gold.Context.DocumentKind == Labels.DocumentKind.CouncilReport ? "council reports"
                     : r.Gold.Context.SectionKind == Structure.SectionKind.Judgement ? "reports: judgement sections"
                     : r.Gold.Context.SectionKind == Structure.SectionKind.ImprovementList ? "reports: improvement lists"
                     : "reports: summary and other").OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            StratumRow(sb, group.Key, [.. group]);
        }

        // The three report rows together: full inspection reports, where every unit sits under a heading of the report.
        StratumRow(sb, "reports: all sections", [.. rows.Where(r => r.Gold.Context.DocumentKind is not (Labels.DocumentKind.FocusedVisit or Labels.DocumentKind.MonitoringVisit or Labels.DocumentKind.CouncilReport))]);

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

    private static void Multiclass(StringBuilder sb, string title, MulticlassReport report)
    {
        var c = CultureInfo.InvariantCulture;
        sb.AppendLine();
        sb.AppendLine(c, $"### {title}: accuracy {report.Accuracy:0.000}, macro-F1 {report.MacroF1:0.000}");
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
