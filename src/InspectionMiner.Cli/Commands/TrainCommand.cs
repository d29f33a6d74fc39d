using System.CommandLine;
using InspectionMiner.Classification.Training;

namespace InspectionMiner.Cli.Commands;

/// <summary><c>inspection-miner train</c>: rebuilds the training set from the corpus and trains the model.</summary>
internal static class TrainCommand
{
    public static Command Create()
    {
        var inputs = new TrainingInputs();
        var output = new Option<string>("--out") { Description = "Folder for findings-model.zip and findings-model.json (the library embeds the ones in src/InspectionMiner/Classification/Model).", DefaultValueFactory = _ => Path.Combine("src", "InspectionMiner", "Classification", "Model") };
        var command = new Command("train", "Train the finding classifier on the hand annotations (and optional weak labels) and save it.") { output };
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
            var model = ModelTrainer.Train(set.Examples, options);
            var folder = result.GetValue(output)!;
            Directory.CreateDirectory(folder);
            await using (var zip = File.Create(Path.Combine(folder, "findings-model.zip")))
            await using (var info = File.Create(Path.Combine(folder, "findings-model.json")))
            {
                model.Save(zip, info);
            }

            Console.Error.WriteLine($"trained on {model.Info.HandLabels} hand labels, area lexicon from {model.Info.WeakLabels} weak labels, in {(DateTime.UtcNow - started).TotalSeconds:0.0} s (seed {options.Seed}); saved to {folder}");
            return ExitCodes.Success;
        });
        return command;
    }
}
