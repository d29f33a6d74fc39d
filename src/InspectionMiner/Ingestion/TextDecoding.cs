using System.Text;

namespace InspectionMiner.Ingestion;

/// <summary>
/// Decodes a text file's bytes: UTF-16 (little- or big-endian) when it opens with that byte-order mark, otherwise
/// UTF-8 (with or without its mark), and Windows-1252/Latin-1 when the bytes are not valid UTF-8.
/// </summary>
internal static class TextDecoding
{
    private static readonly UTF8Encoding StrictUtf8 = new(false, true);

    public static string Decode(byte[] bytes)
    {
        if (bytes is [0xFF, 0xFE, ..])
        {
            return Encoding.Unicode.GetString(bytes, 2, bytes.Length - 2);
        }

        if (bytes is [0xFE, 0xFF, ..])
        {
            return Encoding.BigEndianUnicode.GetString(bytes, 2, bytes.Length - 2);
        }

        try
        {
            return StrictUtf8.GetString(bytes).TrimStart('\uFEFF');
        }
        catch (DecoderFallbackException)
        {
            return Encoding.Latin1.GetString(bytes);
        }
    }

    /// <summary>True when <paramref name="head"/> opens with a UTF-16 byte-order mark.</summary>
    public static bool IsUtf16(ReadOnlySpan<byte> head) => head is [0xFF, 0xFE, ..] or [0xFE, 0xFF, ..];
}
