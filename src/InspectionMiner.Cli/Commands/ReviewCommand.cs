using System.CommandLine;
using System.Text;
using InspectionMiner.Analysis;
using InspectionMiner.Classification.Training;
using InspectionMiner.Ingestion;

namespace InspectionMiner.Cli.Commands;

/// <summary>
/// <c>inspection-miner review PATH... --out review.csv</c>: mines the documents and writes the units the model is unsure
/// of (<c>needsReview</c>) to a CSV a person corrects in a spreadsheet; <c>review --db findings.db --out review.csv
/// [--authority A] [--limit N]</c> writes the units a findings database has flagged, without mining again;
/// <c>train --reviewed review.csv</c> takes either back.
/// </summary>
internal static class ReviewCommand
{
    public static Command Create()
    {
        var paths = new Argument<string[]>("PATH") { Description = "Documents (PDF or text) or folders of them, to mine now (or give --db).", Arity = ArgumentArity.ZeroOrMore };
        var db = new Option<string?>("--db") { Description = "Read the units flagged for review from this findings database (made by mine) instead of mining PATHs." };
        var output = new Option<string>("--out") { Description = "The review sheet to write (CSV, UTF-8 with a byte-order mark so a spreadsheet reads it as it is).", Required = true };
        var authority = AuthorityOption.Create(required: false);
        authority.Description = "With --db: only the documents of this local authority (its name or any printed form, alias, Ofsted URN or DfE LA code).";
        var limit = new Option<int?>("--limit") { Description = "With --db: at most N units, the least confident first (the lower of type and area confidence)." };
        limit.Validators.Add(r =>
        {
            if (r.GetValueOrDefault<int?>() is < 1)
            {
                r.AddError("--limit must be at least 1.");
            }
        });
        var model = ModelOption.Create();
        var command = new Command("review", "Write the units the model is unsure of (needsReview) to a CSV for a person to correct, from documents mined now or from a findings database (--db); train --reviewed reads it back.")
            { paths, db, output, authority, limit, model };
        command.SetAction(async (result, ct) =>
        {
            var (files, database) = (result.GetValue(paths) ?? [], result.GetValue(db));
            if ((files.Length == 0) == (database is null))
            {
                Console.Error.WriteLine(files.Length == 0
                    ? "review needs documents to mine (PATH...) or a findings database (--db findings.db)"
                    : "review takes documents to mine (PATH...) or a findings database (--db), not both");
                return ExitCodes.UsageError;
            }

            if (database is not null)
            {
                if (result.GetValue(model) is not null)
                {
                    Console.Error.WriteLine("--model has no effect with --db: the database's units were flagged by the model that mined them");
                    return ExitCodes.UsageError;
                }

                return await FromDatabaseAsync(database, result.GetValue(authority), result.GetValue(limit), result.GetValue(output)!, ct);
            }

            if (result.GetValue(authority) is not null || result.GetValue(limit) is not null)
            {
                Console.Error.WriteLine("--authority and --limit go with --db (the units a findings database has flagged)");
                return ExitCodes.UsageError;
            }

            return ModelOption.Load(result, model) is { } classifier ? await MineAsync(new Miner(classifier), files, result.GetValue(output)!, ct) : ExitCodes.UsageError;
        });
        return command;
    }

    private static async Task<int> FromDatabaseAsync(string path, string? authorityQuery, int? limit, string output, CancellationToken ct)
    {
        var authority = authorityQuery is null ? null : AuthorityOption.Resolve(authorityQuery);
        if (authorityQuery is not null && authority is null)
        {
            return ExitCodes.UsageError;
        }

        if (!File.Exists(path))
        {
            Console.Error.WriteLine($"{path}: no findings database here (make one with `inspection-miner mine PATH --db {path}`)");
            return ExitCodes.UsageError;
        }

        IReadOnlyList<ReviewItem> items;
        try
        {
            await using var database = await FindingsDatabase.OpenAsync(path, ct);
            items = await ReviewQueue.FromDatabaseAsync(database, authority, limit, ct);
        }
        catch (FindingsDatabaseException e)
        {
            Console.Error.WriteLine(e.Message);
            return ExitCodes.UsageError;
        }

        await using (var writer = new StreamWriter(output, false, new UTF8Encoding(encoderShouldEmitUTF8Identifier: true)))
        {
            ReviewSheet.Write(writer, items);
        }

        var scope = authority is null ? string.Empty : $", documents of {authority.Name}";
        var limited = limit is { } n && items.Count == n ? $", the {n} least confident" : string.Empty;
        Console.Error.WriteLine($"{path}{scope}: {items.Count} units flagged for review (needsReview){limited}, written to {output}");
        return ExitCodes.Success;
    }

    private static async Task<int> MineAsync(Miner miner, string[] paths, string output, CancellationToken ct)
    {
        var input = DocumentFiles.Expand(paths);
        foreach (var failure in input.Failures)
        {
            Console.Error.WriteLine(failure.Message);
        }

        var (documents, units, failed) = (0, 0, input.Failures.Count);
        await using var writer = new StreamWriter(output, false, new UTF8Encoding(encoderShouldEmitUTF8Identifier: true));
        var items = new List<ReviewItem>();
        await foreach (var mined in miner.MineManyAsync(input.Files, cancellationToken: ct))
        {
            if (mined.Document is null)
            {
                Console.Error.WriteLine(mined.Error!.Message);
                failed++;
                continue;
            }

            documents++;
            units += mined.Document.Units.Count;
            items.AddRange(ReviewQueue.Of(mined.Document, mined.Path));
        }

        ReviewSheet.Write(writer, items);
        Console.Error.WriteLine($"{documents} documents, {units} units, {items.Count} need review (confidence below {miner.Classifier.Info.ReviewThreshold}); written to {output}");
        return failed > 0 ? ExitCodes.SomeFilesFailed : ExitCodes.Success;
    }
}
