using System.Buffers;
using System.Text;

namespace InspectionMiner.Cli;

/// <summary>
/// Reads a stream as lines of strict UTF-8, one at a time, with their numbers: a line that is not valid UTF-8 comes
/// back as an error naming its number instead of being silently repaired.
/// </summary>
internal static class JsonLines
{
    private static readonly UTF8Encoding Strict = new(false, true);

    public readonly record struct Line(int Number, string? Text, string? Error);

    public static async IAsyncEnumerable<Line> ReadAsync(Stream stream, [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken ct)
    {
        var chunk = new byte[64 * 1024];
        var line = new ArrayBufferWriter<byte>();
        var number = 0;
        int read;
        while ((read = await stream.ReadAsync(chunk, ct)) > 0)
        {
            var span = chunk.AsMemory(0, read);
            while (!span.IsEmpty)
            {
                var newline = span.Span.IndexOf((byte)'\n');
                if (newline < 0)
                {
                    line.Write(span.Span);
                    break;
                }

                line.Write(span.Span[..newline]);
                span = span[(newline + 1)..];
                yield return Decode(++number, line.WrittenSpan);
                line.ResetWrittenCount();
            }
        }

        if (line.WrittenCount > 0)
        {
            yield return Decode(++number, line.WrittenSpan);
        }
    }

    private static Line Decode(int number, ReadOnlySpan<byte> bytes)
    {
        if (number == 1 && bytes.StartsWith("\uFEFF"u8))
        {
            bytes = bytes[3..];
        }

        if (bytes.EndsWith("\r"u8))
        {
            bytes = bytes[..^1];
        }

        try
        {
            return new Line(number, Strict.GetString(bytes), null);
        }
        catch (DecoderFallbackException e)
        {
            return new Line(number, null, $"not valid UTF-8 (byte {e.Index + 1} of the line); save the file as UTF-8");
        }
    }
}
