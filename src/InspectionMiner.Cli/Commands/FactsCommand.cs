using System.CommandLine;
using InspectionMiner.Facts;
using InspectionMiner.Cli.Output;
using InspectionMiner.Ingestion;

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
            var input = DocumentFiles.Expand(result.GetValue(paths)!);
            var csv = result.GetValue(format) == "csv" ? new FactsCsv(Console.Out) : null;
            var failures = 0;
            await foreach (var item in ParseBatch.RunAsync(input, ct))
            {
                var error = item.Error?.Message;
                if (error is not null)
                {
                    failures++;
                    Console.Error.WriteLine(error);
                }

                if (csv is not null)
                {
                    csv.Write(item.Path, item.Document?.Facts, error);
                }
                else
                {
                    Console.Out.WriteLine(Json.FactsLine(item.Path, item.Document?.Facts, error));
                }
            }

            csv?.Dispose();
            return failures > 0 ? ExitCodes.SomeFilesFailed : ExitCodes.Success;
        });
        return command;
    }
}
