using System.CommandLine;
using InspectionMiner.Cli.Output;

namespace InspectionMiner.Cli.Commands;

/// <summary><c>inspection-miner facts PATH... [--format json|csv]</c>: one record of facts per document.</summary>
internal static class FactsCommand
{
    public static Command Create()
    {
        var paths = CommonOptions.Paths();
        var format = new Option<string>("--format") { Description = "Output format: json (one object per line) or csv.", DefaultValueFactory = _ => "json" };
        format.AcceptOnlyFromAmong("json", "csv");
        var command = new Command("facts", "Extract each document's facts: authority, kind, framework, dates, inspectors, grades.") { paths, format };
        command.SetAction(async (result, ct) =>
        {
            var files = InputFiles.Expand(result.GetValue(paths)!);
            var csv = result.GetValue(format) == "csv" ? new FactsCsv(Console.Out) : null;
            var failures = 0;
            await foreach (var item in DocumentBatch.ParseAsync(files, new DocumentParser(), ct))
            {
                if (item.Error is not null)
                {
                    failures++;
                    Console.Error.WriteLine(item.Error);
                }

                if (csv is not null)
                {
                    csv.Write(item.Path, item.Document?.Facts, item.Error);
                }
                else
                {
                    Console.Out.WriteLine(Json.FactsLine(item.Path, item.Document?.Facts, item.Error));
                }
            }

            csv?.Dispose();
            return failures > 0 ? ExitCodes.SomeFilesFailed : ExitCodes.Success;
        });
        return command;
    }
}
