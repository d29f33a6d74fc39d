using System.CommandLine;
using InspectionMiner.Classification.Evaluation;
using InspectionMiner.Classification.Training;
using InspectionMiner.Embeddings;

namespace InspectionMiner.Cli.Commands;

/// <summary><c>inspection-miner train</c>: rebuilds the training set from the corpus and trains the model.</summary>
internal static class TrainCommand
{
    public static Command Create()
    {
        var inputs = new TrainingInputs();
        var output = new Option<string>("--out") { Description = "Folder for findings-model.zip and findings-model.json (the library embeds the ones in src/InspectionMiner/Classification/Model).", DefaultValueFactory = _ => Path.Combine("src", "InspectionMiner", "Classification", "Model") };
        var cvReport = new Option<string?>("--cv-report") { Description = "With --calibrate: write the cross-validation the calibration was fitted on to this Markdown file (what evaluate prints)." };
        var embeddings = new Option<string?>("--embeddings")
        {
            Description = "Also train the MiniLM embedding heads (InspectionMiner.Embeddings) on the same hand labels and write embedding-heads.zip to this folder (the package embeds src/InspectionMiner.Embeddings/Model/embedding-heads.zip).",
        };
        var command = new Command("train", "Train the finding classifier on the hand annotations (and optional weak labels) and save it.") { output, cvReport, embeddings };
        inputs.AddTo(command);
        command.SetAction(async (result, ct) =>
        {
            if (inputs.Missing(result, "train") is { } missing)
            {
                Console.Error.WriteLine(missing);
                return ExitCodes.UsageError;
            }

            var set = await inputs.BuildAsync(result, ct);
            var options = inputs.Options(result);
            var started = DateTime.UtcNow;
            // Calibrating cross-validates the same examples first; its report is the model's cross-validation.
            var cv = options.Calibrate ? CrossValidator.Run(set.Examples, 5, options, new Progress<string>(Console.Error.WriteLine)) : null;
            var model = ModelTrainer.Train(set.Examples, options with { Calibrate = false });
            if (cv is not null)
            {
                model = ModelCalibrator.Calibrate(model, cv, options.ReviewThreshold);
                Console.Error.WriteLine($"cross-validated: type macro-F1 {cv.Model.Type.MacroF1:0.000}, area {cv.Model.AreaWithStructure.Accuracy:0.000}, themes micro-F1 {cv.Model.Themes.MicroF1:0.000}; calibrated: type temperature {model.Info.TypeTemperature}, area temperature {model.Info.AreaTemperature}, review below {model.Info.ReviewThreshold}");
                if (result.GetValue(cvReport) is { } report)
                {
                    await File.WriteAllTextAsync(report, CrossValidationReport.ToMarkdown(cv), ct);
                }
            }

            var folder = result.GetValue(output)!;
            Directory.CreateDirectory(folder);
            await using (var zip = File.Create(Path.Combine(folder, "findings-model.zip")))
            await using (var info = File.Create(Path.Combine(folder, "findings-model.json")))
            {
                model.Save(zip, info);
            }

            Console.Error.WriteLine($"trained on {model.Info.HandLabels} hand labels, area lexicon from {model.Info.WeakLabels} weak labels, in {(DateTime.UtcNow - started).TotalSeconds:0.0} s (seed {options.Seed}); saved to {folder}");
            if (result.GetValue(embeddings) is { } headsFolder)
            {
                started = DateTime.UtcNow;
                using var embedder = new MiniLmEmbedder();
                var heads = EmbeddingHeads.Train(set.Examples, embedder, options.Seed);
                Directory.CreateDirectory(headsFolder);
                await using (var file = File.Create(Path.Combine(headsFolder, "embedding-heads.zip")))
                {
                    heads.Save(file);
                }

                Console.Error.WriteLine($"embedding heads trained in {(DateTime.UtcNow - started).TotalSeconds:0.0} s; saved to {headsFolder}");
            }

            return ExitCodes.Success;
        });
        return command;
    }
}
