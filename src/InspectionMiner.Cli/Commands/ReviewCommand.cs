using System.CommandLine;
using System.Text;
using InspectionMiner.Classification.Training;
using InspectionMiner.Ingestion;

namespace InspectionMiner.Cli.Commands;

/// <summary>
/// <c>inspection-miner review PATH... --out review.csv</c>: mines the documents and writes the units the model is unsure
/// of (<c>needsReview</c>) to a CSV a person corrects in a spreadsheet; <c>train --reviewed review.csv</c> takes it back.
/// </summary>
internal static class ReviewCommand
{
    public static Command Create()
    {
        var paths = new Argument<string[]>("PATH") { Description = "Documents (PDF or text) or folders of them.", Arity = ArgumentArity.OneOrMore };
        var output = new Option<string>("--out") { Description = "The review sheet to write (CSV, UTF-8 with a byte-order mark so a spreadsheet reads it as it is).", Required = true };
        var model = ModelOption.Create();
        var command = new Command("review", "Write the units the model is unsure of (needsReview) to a CSV for a person to correct; train --reviewed reads it back.") { paths, output, model };
        command.SetAction(async (result, ct) =>
        {
            if (ModelOption.Load(result, model) is not { } classifier)
            {
                return ExitCodes.UsageError;
            }

            var input = DocumentFiles.Expand(result.GetValue(paths)!);
            foreach (var failure in input.Failures)
            {
                Console.Error.WriteLine(failure.Message);
            }

            var miner = new Miner(classifier);
            var (documents, flagged, units, failed) = (0, 0, 0, input.Failures.Count);
            await using var writer = new StreamWriter(result.GetValue(output)!, false, new UTF8Encoding(encoderShouldEmitUTF8Identifier: true));
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
                var before = items.Count;
                items.AddRange(ReviewQueue.Of(mined.Document, mined.Path));
                flagged += items.Count - before;
            }

            ReviewSheet.Write(writer, items);
            Console.Error.WriteLine($"{documents} documents, {units} units, {flagged} need review (confidence below {classifier.Info.ReviewThreshold}); written to {result.GetValue(output)}");
            return failed > 0 ? ExitCodes.SomeFilesFailed : ExitCodes.Success;
        });
        return command;
    }
}
