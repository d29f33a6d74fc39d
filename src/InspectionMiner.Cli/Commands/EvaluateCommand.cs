using System.CommandLine;
using System.Text.Json;
using InspectionMiner.Classification.Evaluation;

namespace InspectionMiner.Cli.Commands;

/// <summary>
/// <c>inspection-miner evaluate</c>: k-fold cross-validation split by local authority, the model and the keyword
/// baseline on the same held-out units (<see cref="CrossValidationReport"/>, Markdown); or, with <c>--test</c>, a
/// model scored end to end on the blind test set (<see cref="BlindTestReport"/>).
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
        var embeddings = new EmbeddingOptions();
        embeddings.On.Description = "With --test: blend in MiniLM sentence embeddings (InspectionMiner.Embeddings), as mine --embeddings does.";
        model.Description = "With --test: score this model (the findings-model.zip that train --out writes, or its folder) instead of the embedded one.";
        var command = new Command("evaluate", "Cross-validate the classifier by local authority, against a keyword baseline; or score it on the blind test set (--test).") { folds, errors, test, blind, model };
        inputs.AddTo(command);
        embeddings.AddTo(command);
        command.SetAction(async (result, ct) =>
        {
            if (result.GetValue(test))
            {
                return await BlindTestAsync(result, result.GetValue(blind)!, result.GetValue(inputs.Corpus)!, model, embeddings, ct);
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
            var cv = CrossValidator.Run(set.Examples, result.GetValue(folds), inputs.Options(result), new Progress<string>(Console.Error.WriteLine));
            Console.Out.Write(CrossValidationReport.ToMarkdown(cv));
            if (result.GetValue(errors) is { } path)
            {
                await WriteErrorsAsync(cv, path);
            }

            return ExitCodes.Success;
        });
        return command;
    }

    private static async Task<int> BlindTestAsync(ParseResult result, string blind, string corpus, Option<string?> model, EmbeddingOptions embeddings, CancellationToken ct)
    {
        if (!Directory.Exists(blind) || !Directory.Exists(corpus))
        {
            Console.Error.WriteLine($"evaluate --test needs the blind test set (--blind, now '{blind}': a folder with documents.csv and gold.jsonl, corpus/annotations/blind in a clone of the repository) " +
                                    $"and the corpus its documents are in (--corpus, now '{corpus}').");
            return ExitCodes.UsageError;
        }

        BlindTestSet set;
        try
        {
            set = await BlindTestSet.LoadAsync(blind, ct);
        }
        catch (Exception e) when (e is FileNotFoundException or InvalidDataException)
        {
            Console.Error.WriteLine(e.Message);
            return ExitCodes.UsageError;
        }

        if (ModelOption.Load(result, model, embeddings) is not { } classifier)
        {
            return ExitCodes.UsageError;
        }

        var scored = await BlindTest.RunAsync(new Miner(classifier), corpus, set, ct);
        Console.Out.Write(BlindTestReport.ToMarkdown(scored));
        return ExitCodes.Success;
    }

    /// <summary>Every held-out unit the model got wrong (type, area, or area from text and heading), as JSONL.</summary>
    private static async Task WriteErrorsAsync(CrossValidationResult cv, string path)
    {
        await using var w = new StreamWriter(path);
        foreach (var ((gold, predicted), fromText) in cv.Predictions.Zip(cv.FromText)
            .Where(p => p.First.Gold.Type != p.First.Predicted.Type || p.First.Gold.Area != p.First.Predicted.Area || p.First.Gold.Area != p.Second.Area))
        {
            await w.WriteLineAsync(JsonSerializer.Serialize(new
            {
                document = gold.Document, section = gold.Context.SectionKind?.ToString(), goldType = gold.Type?.ToString(), type = predicted.Type.ToString(),
                goldArea = gold.Area?.ToString(), area = predicted.Area.ToString(), textArea = fromText.Area.ToString(), sectionArea = gold.Context.SectionArea?.ToString(), heading = gold.Context.SectionHeading, text = gold.Context.Text,
            }));
        }
    }
}
