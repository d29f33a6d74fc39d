using System.CommandLine;
using InspectionMiner.Analysis;
using InspectionMiner.Cli.Output;
using InspectionMiner.Ingestion;
using InspectionMiner.Records;

namespace InspectionMiner.Cli.Commands;

/// <summary>
/// <c>inspection-miner mine PATH... [--format jsonl|csv|parquet|xlsx] [--out FILE] [--db findings.db | --no-db] [--findings-only] [--raw-csv]</c>:
/// every unit with its type, area and themes (<see cref="RecordSchema.Units"/>: the <c>units</c> fields plus
/// <c>type, typeConfidence, area, areaConfidence, themes</c>), on all cores, into the findings database and the chosen output.
/// </summary>
internal static class MineCommand
{
    public static Command Create()
    {
        var paths = CommonOptions.Paths();
        var format = new Option<string>("--format") { Description = "Record format: jsonl, csv, parquet or xlsx (parquet and xlsx need --out). Fields: docs/schema.md.", DefaultValueFactory = _ => "jsonl" };
        format.AcceptOnlyFromAmong("jsonl", "csv", "parquet", "xlsx");
        var findingsOnly = new Option<bool>("--findings-only") { Description = "Write only findings (units that are not Neutral); the database still stores every unit." };
        var rawCsv = CommonOptions.RawCsv();
        var output = new Option<string?>("--out") { Description = "Write records to this file instead of standard output." };
        var db = new Option<string>("--db") { Description = "The findings database (SQLite) to add documents to; documents already there (same content) are skipped.", DefaultValueFactory = _ => "findings.db" };
        var noDb = new Option<bool>("--no-db") { Description = "Do not write the findings database." };
        var quiet = new Option<bool>("--quiet") { Description = "Write no records (only the database)." };
        var maxMb = new Option<int>("--max-mb") { Description = "Skip files larger than this (MB).", DefaultValueFactory = _ => 100 };
        var timeout = new Option<int>("--timeout") { Description = "Give up on a document after this many seconds.", DefaultValueFactory = _ => 60 };
        var parallel = new Option<int>("--parallel") { Description = "Documents mined at once (default: one per core).", DefaultValueFactory = _ => Environment.ProcessorCount };
        parallel.Validators.Add(r =>
        {
            if (r.GetValueOrDefault<int>() is < 1 or > 256)
            {
                r.AddError("--parallel must be between 1 and 256.");
            }
        });
        var model = ModelOption.Create();
        var embeddings = new EmbeddingOptions();
        var command = new Command("mine", "Parse and classify documents on all cores: every unit with its finding type, judgement area and themes, into the findings database and JSONL/CSV/Parquet.")
        {
            paths, format, output, db, noDb, quiet, maxMb, timeout, parallel, model, findingsOnly, rawCsv,
        };
        embeddings.AddTo(command);
        command.SetAction(async (result, ct) =>
        {
            var input = DocumentFiles.Expand(result.GetValue(paths)!);
            var fmt = Enum.Parse<RecordFormat>(result.GetValue(format)!, ignoreCase: true);
            var outPath = result.GetValue(output);
            if (fmt is RecordFormat.Parquet or RecordFormat.Xlsx && outPath is null)
            {
                Console.Error.WriteLine($"--format {result.GetValue(format)} needs --out FILE");
                return ExitCodes.UsageError;
            }

            var parser = new DocumentParser(new ReaderOptions { MaxBytes = result.GetValue(maxMb) * 1024L * 1024, Timeout = TimeSpan.FromSeconds(result.GetValue(timeout)) });
            if (ModelOption.Load(result, model, embeddings) is not { } classifier)
            {
                return ExitCodes.UsageError;
            }

            var miner = new Miner(classifier, parser);
            FindingsDatabase? opened = null;
            try
            {
                opened = result.GetValue(noDb) ? null : await FindingsDatabase.OpenAsync(result.GetValue(db)!, ct);
            }
            catch (FindingsDatabaseException e)
            {
                Console.Error.WriteLine(e.Message);
                return ExitCodes.UsageError;
            }

            await using var database = opened;
            var writeRecords = !result.GetValue(quiet);
            await using var fileOut = writeRecords && outPath is not null && fmt is RecordFormat.Jsonl or RecordFormat.Csv ? new StreamWriter(outPath) : null;
            await using var records = writeRecords ? RecordWriter<UnitRecord>.Create(fmt, RecordSchema.Units, fileOut ?? Console.Out, outPath, result.GetValue(rawCsv), "units") : null;

            var progress = new BatchProgress(input.Files.Count + input.Failures.Count, recordsOnStandardOutput: writeRecords && outPath is null);
            await progress.RunAsync(async tick =>
            {
                tick();
                // With records wanted, every file is mined (its records are wanted) but stored only once; with the
                // database alone, files whose content is stored (or being mined by another run) are not parsed.
                var results = database is not null
                    ? miner.MineIntoAsync(database, input, new DatabaseMiningOptions { MaxParallelism = result.GetValue(parallel), MineStoredDocuments = writeRecords }, ct)
                    : WithoutDatabase(miner, input, result.GetValue(parallel), ct);
                await foreach (var item in results)
                {
                    if (item.Status == StoreStatus.Failed)
                    {
                        progress.Fail();
                        Console.Error.WriteLine(item.Error!.Message);
                        tick();
                        continue;
                    }

                    if (records is not null && item.Document is { } doc)
                    {
                        foreach (var row in UnitRecord.AllOf(item.Path, doc, result.GetValue(findingsOnly)))
                        {
                            await records.WriteAsync(row, ct);
                        }
                    }

                    if (item.Status == StoreStatus.Stored)
                    {
                        progress.Mined(item.Document!);
                    }
                    else
                    {
                        progress.Skip();
                    }

                    tick();
                }
            });

            Console.Error.WriteLine(progress.Summary() + (database is null ? string.Empty : $"; database {database.Path}"));
            return progress.Failures > 0 ? ExitCodes.SomeFilesFailed : ExitCodes.Success;
        });
        return command;
    }

    /// <summary>Mining with no database: every file mined, in the same shape as the database workflow's results.</summary>
    private static async IAsyncEnumerable<StoreResult> WithoutDatabase(Miner miner, DocumentFileList input, int parallel, [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken ct)
    {
        foreach (var failure in input.Failures)
        {
            yield return new StoreResult(failure.Path, StoreStatus.Failed, null, failure);
        }

        await foreach (var r in miner.MineManyAsync(input.Files, parallel, ct))
        {
            yield return new StoreResult(r.Path, r.Succeeded ? StoreStatus.Stored : StoreStatus.Failed, r.Document, r.Error);
        }
    }
}
