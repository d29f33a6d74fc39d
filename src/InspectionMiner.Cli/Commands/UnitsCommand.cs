using System.CommandLine;
using InspectionMiner.Cli.Output;
using InspectionMiner.Ingestion;
using InspectionMiner.Records;

namespace InspectionMiner.Cli.Commands;

/// <summary><c>inspection-miner units PATH... [--format jsonl]</c>: one record per unit (sentence, list item, heading; <see cref="RecordSchema.ParsedUnits"/>).</summary>
internal static class UnitsCommand
{
    public static Command Create()
    {
        var paths = CommonOptions.Paths();
        var format = new Option<string>("--format") { Description = "Output format: jsonl (one object per line). Fields: docs/schema.md.", DefaultValueFactory = _ => "jsonl" };
        format.AcceptOnlyFromAmong("jsonl");
        var command = new Command("units", "Split documents into units: sentences, list items and headings, with page, paragraph and section.") { paths, format };
        command.SetAction(async (result, ct) =>
        {
            var input = DocumentFiles.Expand(result.GetValue(paths)!);
            var failures = 0;
            await using var records = RecordWriter<UnitRecord>.Create(RecordFormat.Jsonl, RecordSchema.ParsedUnits, Console.Out, null, rawCsv: false, "units");
            await foreach (var item in ParseBatch.RunAsync(input, ct))
            {
                if (item.Document is null)
                {
                    failures++;
                    Console.Error.WriteLine(item.Error!.Message);
                    continue;
                }

                foreach (var row in UnitRecord.AllOf(item.Path, item.Document))
                {
                    await records.WriteAsync(row, ct);
                }
            }

            return failures > 0 ? ExitCodes.SomeFilesFailed : ExitCodes.Success;
        });
        return command;
    }
}
