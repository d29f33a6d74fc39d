using System.CommandLine;
using System.Text.Json;
using InspectionMiner.Classification;
using InspectionMiner.Cli.Output;

namespace InspectionMiner.Cli.Commands;

/// <summary>
/// <c>inspection-miner classify [FILE|-]</c>: reads JSONL <c>{"id","text","section"}</c> (section optional) and
/// writes JSONL <c>{"id","type","typeConfidence","area","areaConfidence","themes"}</c> in the same order.
/// A line that is not valid input (not JSON, no <c>text</c>, not UTF-8) is reported with its number and skipped; every
/// valid line is still classified, and the exit code is 2 when any line was bad.
/// </summary>
internal static class ClassifyCommand
{
    private const int BatchSize = 512;

    public static Command Create()
    {
        var input = new Argument<string>("FILE") { Description = "JSONL input, or - for standard input.", DefaultValueFactory = _ => "-" };
        var model = ModelOption.Create();
        var command = new Command("classify", "Classify sentences given as JSONL {\"id\",\"text\",\"section\"}.") { input, model };
        command.SetAction(async (result, ct) =>
        {
            var path = result.GetValue(input)!;
            if (path != "-" && !File.Exists(path))
            {
                Console.Error.WriteLine($"{path}: file not found");
                return ExitCodes.UsageError;
            }

            if (ModelOption.Load(result, model) is not { } classifier)
            {
                return ExitCodes.UsageError;
            }

            await using var stream = path == "-" ? Console.OpenStandardInput() : File.OpenRead(path);
            var ids = new List<JsonElement>();
            var batch = new List<UnitContext>();
            var bad = 0;
            await foreach (var line in JsonLines.ReadAsync(stream, ct))
            {
                if (line.Error is null && string.IsNullOrWhiteSpace(line.Text))
                {
                    continue;
                }

                if (ParseLine(line) is { } error)
                {
                    bad++;
                    Console.Error.WriteLine($"{path}:{line.Number}: {error}");
                    continue;
                }

                if (batch.Count == BatchSize)
                {
                    Flush(classifier, ids, batch);
                }

                string? ParseLine(JsonLines.Line l)
                {
                    if (l.Error is not null)
                    {
                        return l.Error;
                    }

                    try
                    {
                        using var json = JsonDocument.Parse(l.Text!);
                        var root = json.RootElement;
                        if (root.ValueKind != JsonValueKind.Object || !root.TryGetProperty("text", out var t) || t.ValueKind != JsonValueKind.String)
                        {
                            return "expected an object {\"id\",\"text\",\"section\"} with \"text\" a string";
                        }

                        var section = root.TryGetProperty("section", out var s) && s.ValueKind == JsonValueKind.String ? s.GetString() : null;
                        ids.Add(root.TryGetProperty("id", out var id) ? id.Clone() : default);
                        batch.Add(UnitContext.FromText(t.GetString()!, section));
                        return null;
                    }
                    catch (JsonException e)
                    {
                        return $"not valid JSON ({e.Message.Split([" Path:", " LineNumber:"], StringSplitOptions.None)[0].TrimEnd('.', ' ')})";
                    }
                }
            }

            Flush(classifier, ids, batch);
            if (bad > 0)
            {
                Console.Error.WriteLine($"{path}: {bad} line(s) could not be read; every other line was classified");
                return ExitCodes.SomeFilesFailed;
            }

            return ExitCodes.Success;
        });
        return command;
    }

    private static void Flush(FindingClassifier classifier, List<JsonElement> ids, List<UnitContext> batch)
    {
        var findings = classifier.Classify(batch);
        for (var i = 0; i < findings.Count; i++)
        {
            var id = ids[i];
            Console.Out.WriteLine(Json.Line(w =>
            {
                w.WritePropertyName("id");
                if (id.ValueKind == JsonValueKind.Undefined)
                {
                    w.WriteNullValue();
                }
                else
                {
                    id.WriteTo(w);
                }

                Json.WriteFindingFields(w, findings[i]);
            }));
        }

        ids.Clear();
        batch.Clear();
    }
}
