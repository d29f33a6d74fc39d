using System.CommandLine;
using System.Text.Json;
using InspectionMiner.Classification;
using InspectionMiner.Cli.Output;

namespace InspectionMiner.Cli.Commands;

/// <summary>
/// <c>inspection-miner classify [FILE|-]</c>: reads JSONL <c>{"id","text","section"}</c> (section optional) and
/// writes JSONL <c>{"id","type","typeConfidence","area","areaConfidence","themes"}</c> in the same order.
/// A line that is not valid input is a usage error naming the line.
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

            using var reader = path == "-" ? new StreamReader(Console.OpenStandardInput()) : new StreamReader(path);
            var ids = new List<JsonElement>();
            var batch = new List<UnitContext>();
            var lineNumber = 0;
            while (await reader.ReadLineAsync(ct) is { } line)
            {
                lineNumber++;
                if (string.IsNullOrWhiteSpace(line))
                {
                    continue;
                }

                try
                {
                    using var json = JsonDocument.Parse(line);
                    var root = json.RootElement;
                    var text = root.GetProperty("text").GetString() ?? throw new FormatException("text is null");
                    var section = root.TryGetProperty("section", out var s) && s.ValueKind == JsonValueKind.String ? s.GetString() : null;
                    ids.Add(root.TryGetProperty("id", out var id) ? id.Clone() : default);
                    batch.Add(UnitContext.FromText(text, section));
                }
                catch (Exception e) when (e is JsonException or KeyNotFoundException or FormatException or InvalidOperationException)
                {
                    Console.Error.WriteLine($"{path}:{lineNumber}: expected {{\"id\",\"text\",\"section\"}}: {e.Message}");
                    return ExitCodes.UsageError;
                }

                if (batch.Count == BatchSize)
                {
                    Flush(classifier, ids, batch);
                }
            }

            Flush(classifier, ids, batch);
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
