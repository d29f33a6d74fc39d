using System.CommandLine;
using InspectionMiner.Facts;
using InspectionMiner.Cli.Output;
using InspectionMiner.Ingestion;
using InspectionMiner.Records;

namespace InspectionMiner.Cli.Commands;

/// <summary><c>inspection-miner facts PATH... [--format json|csv] [--raw-csv]</c>: one record of facts per document (<see cref="RecordSchema.Facts"/>).</summary>
internal static class FactsCommand
{
    public static Command Create()
    {
        var paths = CommonOptions.Paths();
        var format = new Option<string>("--format") { Description = "Output format: json (one object per line) or csv. Fields: docs/schema.md.", DefaultValueFactory = _ => "json" };
        format.AcceptOnlyFromAmong("json", "csv");
        var rawCsv = CommonOptions.RawCsv();
        var command = new Command("facts", "Extract each document's facts: authority, kind, framework, dates, inspectors, grades.") { paths, format, rawCsv };
        command.SetAction(async (result, ct) =>
        {
            var input = DocumentFiles.Expand(result.GetValue(paths)!);
            var fmt = result.GetValue(format) == "csv" ? RecordFormat.Csv : RecordFormat.Jsonl;
            var failures = 0;
            await using (var records = RecordWriter<DocumentRecord>.Create(fmt, RecordSchema.Facts, Console.Out, null, result.GetValue(rawCsv), "documents"))
            {
                await foreach (var item in ParseBatch.RunAsync(input, ct))
                {
                    var error = item.Error?.Message;
                    if (error is not null)
                    {
                        failures++;
                        Console.Error.WriteLine(error);
                    }

                    await records.WriteAsync(item.Document is { } doc ? DocumentRecord.Of(item.Path, doc) : DocumentRecord.Failed(item.Path, error!), ct);
                }
            }

            return failures > 0 ? ExitCodes.SomeFilesFailed : ExitCodes.Success;
        });
        return command;
    }
}
