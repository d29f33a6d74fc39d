using System.CommandLine;
using InspectionMiner.Cli.Output;
using InspectionMiner.Ingestion;

namespace InspectionMiner.Cli.Commands;

/// <summary><c>inspection-miner units PATH... [--format jsonl]</c>: one record per unit (sentence, list item, heading).</summary>
internal static class UnitsCommand
{
    public static Command Create()
    {
        var paths = CommonOptions.Paths();
        var format = new Option<string>("--format") { Description = "Output format: jsonl (one object per line).", DefaultValueFactory = _ => "jsonl" };
        format.AcceptOnlyFromAmong("jsonl");
        var command = new Command("units", "Split documents into units: sentences, list items and headings, with page, paragraph and section.") { paths, format };
        command.SetAction(async (result, ct) =>
        {
            var input = DocumentFiles.Expand(result.GetValue(paths)!);
            var failures = 0;
            await foreach (var item in ParseBatch.RunAsync(input, ct))
            {
                if (item.Document is null)
                {
                    failures++;
                    Console.Error.WriteLine(item.Error!.Message);
                    continue;
                }

                foreach (var unit in item.Document.Units)
                {
                    Console.Out.WriteLine(Json.UnitLine(item.Path, unit));
                }
            }

            return failures > 0 ? ExitCodes.SomeFilesFailed : ExitCodes.Success;
        });
        return command;
    }
}
