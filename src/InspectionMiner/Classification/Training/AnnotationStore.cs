using System.Runtime.CompilerServices;
using System.Text.Json;
using System.Text.Json.Serialization;
using InspectionMiner.Labels;

namespace InspectionMiner.Classification.Training;

/// <summary>
/// Reads and writes annotations as JSONL, one object per line:
/// <c>{"document","hash","type","area","themes":[...],"annotator"}</c>.
/// </summary>
/// <example>
/// <code>
/// var annotations = new List&lt;Annotation&gt;();
/// await foreach (Annotation a in AnnotationStore.ReadAsync("corpus/annotations/hand.jsonl", ct))
///     annotations.Add(a);
///
/// // Or every *.jsonl file of a folder whose name starts with "hand":
/// IReadOnlyList&lt;Annotation&gt; all = await AnnotationStore.ReadAllAsync("corpus/annotations", "hand", ct);
///
/// string line = AnnotationStore.ToLine(annotations[0]);   // {"document":"ilacs/...","hash":"...","type":"Strength",...}
/// </code>
/// </example>
public static class AnnotationStore
{
    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter() },
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };

    /// <summary>Reads every annotation in <paramref name="path"/> (a JSONL file).</summary>
    /// <exception cref="InvalidDataException">A line is not a valid annotation; the message names the file and line.</exception>
    public static async IAsyncEnumerable<Annotation> ReadAsync(string path, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        using var reader = new StreamReader(path);
        var lineNumber = 0;
        while (await reader.ReadLineAsync(cancellationToken).ConfigureAwait(false) is { } line)
        {
            lineNumber++;
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            Annotation? annotation;
            try
            {
                annotation = JsonSerializer.Deserialize<Annotation>(line, Options);
            }
            catch (JsonException ex)
            {
                throw new InvalidDataException($"{path}:{lineNumber}: not a valid annotation ({ex.Message})", ex);
            }

            yield return annotation is { Document: not null, Hash: not null }
                ? annotation with { Themes = annotation.Themes ?? [] }
                : throw new InvalidDataException($"{path}:{lineNumber}: an annotation needs document and hash");
        }
    }

    /// <summary>Reads every annotation of every <c>*.jsonl</c> file in <paramref name="directory"/> whose name starts with <paramref name="prefix"/>.</summary>
    public static async Task<IReadOnlyList<Annotation>> ReadAllAsync(string directory, string prefix = "", CancellationToken cancellationToken = default)
    {
        var all = new List<Annotation>();
        foreach (var file in Directory.GetFiles(directory, prefix + "*.jsonl").Order(StringComparer.Ordinal))
        {
            await foreach (var a in ReadAsync(file, cancellationToken).ConfigureAwait(false))
            {
                all.Add(a);
            }
        }

        return all;
    }

    /// <summary>Serialises one annotation as a JSONL line.</summary>
    public static string ToLine(Annotation annotation) => JsonSerializer.Serialize(annotation, Options);

    /// <summary>Parses a theme list written by annotators.</summary>
    internal static IReadOnlyList<Theme> ParseThemes(IEnumerable<string> names) => names.Select(Enum.Parse<Theme>).ToArray();
}
