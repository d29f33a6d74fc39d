using System.Globalization;
using System.Text.Json;
using InspectionMiner.Records;

namespace InspectionMiner.Cli.Output;

/// <summary>Records as JSON lines: every field present (null where absent), dates as <c>yyyy-MM-dd</c>, lists as arrays, booleans as <c>true</c>/<c>false</c>.</summary>
internal sealed class JsonLinesWriter<T>(IReadOnlyList<RecordField<T>> fields, TextWriter output) : RecordWriter<T>(fields)
{
    public override ValueTask WriteAsync(T record, CancellationToken ct)
    {
        output.WriteLine(Json.Line(w =>
        {
            foreach (var field in Fields)
            {
                Write(w, field.Name, field.ValueOf(record));
            }
        }));
        return ValueTask.CompletedTask;
    }

    public override ValueTask DisposeAsync() => new(output.FlushAsync());

    private static void Write(Utf8JsonWriter w, string name, object? value)
    {
        switch (value)
        {
            case null:
                w.WriteNull(name);
                break;
            case string s:
                w.WriteString(name, s);
                break;
            case long l:
                w.WriteNumber(name, l);
                break;
            case double d:
                w.WriteNumber(name, d);
                break;
            case bool b:
                w.WriteBoolean(name, b);
                break;
            case DateOnly date:
                w.WriteString(name, date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
                break;
            case IReadOnlyList<string> list:
                w.WriteStartArray(name);
                foreach (var item in list)
                {
                    w.WriteStringValue(item);
                }

                w.WriteEndArray();
                break;
            default:
                throw new InvalidOperationException($"{name}: no JSON form for {value.GetType()}");
        }
    }
}
