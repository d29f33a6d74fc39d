namespace InspectionMiner.Ingestion;

/// <summary>Detects a source's format from its first bytes, never from its file name.</summary>
internal static class FormatSniffer
{
    /// <summary>Returns the format of content beginning with <paramref name="head"/>.</summary>
    /// <param name="head">The first bytes of the content (1 KiB is plenty).</param>
    public static SourceFormat Detect(ReadOnlySpan<byte> head)
    {
        if (TextDecoding.IsUtf16(head))
        {
            // UTF-16 with its byte-order mark: text, although every other byte of English text is zero.
            var decoded = TextDecoding.Decode(head[..(head.Length & ~1)].ToArray());
            var control = decoded.Count(c => c == 0 || c < 0x20 && c is not ('\t' or '\r' or '\n' or '\f'));
            return decoded.Contains('\0') || control > decoded.Length / 100 ? SourceFormat.Unknown : SourceFormat.Text;
        }

        var start = SkipBomAndWhitespace(head);
        var body = head[start..];
        if (body.IsEmpty)
        {
            return SourceFormat.Text;
        }

        // A PDF's header may be preceded by junk; readers accept it within the first 1024 bytes.
        var window = head[..Math.Min(head.Length, 1024)];
        if (window.IndexOf("%PDF-"u8) >= 0)
        {
            return SourceFormat.Pdf;
        }

        if (LooksLikeHtml(body))
        {
            return SourceFormat.Html;
        }

        return LooksLikeText(head) ? SourceFormat.Text : SourceFormat.Unknown;
    }

    private static int SkipBomAndWhitespace(ReadOnlySpan<byte> head)
    {
        var i = head.StartsWith("\uFEFF"u8) ? 3 : 0;
        while (i < head.Length && head[i] is (byte)' ' or (byte)'\t' or (byte)'\r' or (byte)'\n')
        {
            i++;
        }

        return i;
    }

    private static bool LooksLikeHtml(ReadOnlySpan<byte> body)
    {
        var probe = body[..Math.Min(body.Length, 512)];
        Span<byte> lower = stackalloc byte[probe.Length];
        for (var i = 0; i < probe.Length; i++)
        {
            lower[i] = probe[i] is >= (byte)'A' and <= (byte)'Z' ? (byte)(probe[i] + 32) : probe[i];
        }

        return lower.StartsWith("<!doctype html"u8) || lower.StartsWith("<html"u8) ||
               lower.StartsWith("<?xml"u8) && lower.IndexOf("<html"u8) >= 0 ||
               lower.StartsWith("<head"u8) || lower.StartsWith("<body"u8);
    }

    private static bool LooksLikeText(ReadOnlySpan<byte> head)
    {
        var probe = head[..Math.Min(head.Length, 4096)];
        var control = 0;
        foreach (var b in probe)
        {
            if (b == 0)
            {
                return false;
            }

            if (b < 0x20 && b is not ((byte)'\t' or (byte)'\r' or (byte)'\n' or 0x0C))
            {
                control++;
            }
        }

        return control <= probe.Length / 100;
    }
}
