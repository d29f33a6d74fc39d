using System.Text.Encodings.Web;
using System.Text.Json;

namespace InspectionMiner.Cli.Output;

/// <summary>One JSON object on one line (the records' and <c>classify</c>'s output), and the finding fields of <c>classify</c>.</summary>
internal static class Json
{
    private static readonly JsonWriterOptions Options = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping, Indented = false };

    public static string Line(Action<Utf8JsonWriter> write)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, Options))
        {
            writer.WriteStartObject();
            write(writer);
            writer.WriteEndObject();
        }

        return System.Text.Encoding.UTF8.GetString(buffer.ToArray());
    }

    public static void WriteFindingFields(Utf8JsonWriter w, Classification.Finding f)
    {
        w.WriteString("type", f.Type.ToString());
        w.WriteNumber("typeConfidence", Math.Round(f.TypeConfidence, 4));
        w.WriteString("area", f.Area.ToString());
        w.WriteNumber("areaConfidence", Math.Round(f.AreaConfidence, 4));
        w.WriteStartArray("themes");
        foreach (var t in f.Themes)
        {
            w.WriteStringValue(t.ToString());
        }

        w.WriteEndArray();
    }
}
