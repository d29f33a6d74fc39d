using System.Buffers;
using System.Net;
using System.Text.RegularExpressions;

namespace InspectionMiner.Ingestion;

/// <summary>
/// Reads plain text, including the Markdown/HTML-flavoured text that document converters produce
/// (<c>**bold**</c>, <c>#</c> headings, <c>&lt;sup&gt;</c>, <c>&lt;u&gt;</c>, <c>&lt;input&gt;</c> checkboxes),
/// into one page of lines. Markup is removed; what it says (bold, heading, footnote) is kept as line flags.
/// </summary>
internal static partial class TextLineReader
{
    /// <summary>Splits <paramref name="text"/> into lines of one page.</summary>
    public static IReadOnlyList<SourcePage> Read(string text)
    {
        var lines = new List<TextLine>();
        var gap = false;
        var rest = text.AsSpan();
        while (true)
        {
            // One line at a time as a span: a line becomes a string only once, when it is kept.
            var newline = rest.IndexOf('\n');
            var line = (newline >= 0 ? rest[..newline] : rest).TrimEnd("\r \t\f");
            if (line.IsWhiteSpace())
            {
                gap = lines.Count > 0;
            }
            else
            {
                var indent = 0;
                while (indent < line.Length && line[indent] is ' ' or '\t')
                {
                    indent += line[indent] == '\t' ? 4 : 1;
                }

                var trimmed = line.Trim();
                string kept;
                if (trimmed.Length > 1 && trimmed[0] == '|' && trimmed[^1] == '|')
                {
                    // A Markdown table row: cells become tab-separated columns; the |---| rule is dropped.
                    kept = trimmed.ContainsAnyExcept("|-: ")
                        ? string.Join('\t', trimmed[1..^1].ToString().Split('|').Select(c => c.Trim())).TrimStart()
                        : string.Empty;
                }
                else
                {
                    kept = line.TrimStart().ToString();
                }

                var parsed = kept.Length == 0 ? default : Clean(kept);
                if (parsed.Text is { Length: > 0 })
                {
                    lines.Add(new TextLine(parsed.Text, 0, indent, 0, parsed.Bold, parsed.HeadingLevel, gap, parsed.IsNote));
                    gap = false;
                }
            }

            if (newline < 0)
            {
                break;
            }

            rest = rest[(newline + 1)..];
        }

        return [new SourcePage(1, 0, 0, lines)];
    }

    private static readonly SearchValues<char> MarkupChars = SearchValues.Create("<*_#&\t\u00A0");

    private static (string Text, bool Bold, int HeadingLevel, bool IsNote) Clean(string line)
    {
        if (line.AsSpan().IndexOfAny(MarkupChars) < 0 && !line.Contains("  ", StringComparison.Ordinal))
        {
            // Plain prose (most lines): no markup, so every rule below would leave it as it is.
            return (line.Trim(), false, 0, false);
        }

        var headingLevel = 0;
        var heading = HeadingMarker().Match(line);
        if (heading.Success)
        {
            headingLevel = heading.Groups[1].Length;
            line = line[heading.Length..];
        }

        var isNote = NoteStart().IsMatch(line);
        line = InputTag().Replace(line, string.Empty);
        line = DigitSuperscript().Replace(line, string.Empty);
        line = Tag().Replace(line, string.Empty);

        var content = line.Trim();
        var bold = content.Length > 4 && BoldWhole().IsMatch(StripListMarker(content));
        line = BoldMarker().Replace(line, string.Empty);
        line = ItalicMarker().Replace(line, "$1");
        line = WebUtility.HtmlDecode(line);
        line = Tabs().Replace(Spaces().Replace(line, " "), "\t").Trim();
        return (line, bold || headingLevel > 0, headingLevel, isNote);
    }

    private static string StripListMarker(string content) =>
        content.StartsWith("- ", StringComparison.Ordinal) ? content[2..].TrimStart() : content;

    [GeneratedRegex(@"^(#{1,6})\s+")]
    private static partial Regex HeadingMarker();

    [GeneratedRegex(@"^<sup>\s*\d+\s*</sup>")]
    private static partial Regex NoteStart();

    [GeneratedRegex(@"<input\b[^>]*>", RegexOptions.IgnoreCase)]
    private static partial Regex InputTag();

    [GeneratedRegex(@"<sup>\s*[\d,\s*†]+\s*</sup>", RegexOptions.IgnoreCase)]
    private static partial Regex DigitSuperscript();

    [GeneratedRegex(@"</?[a-zA-Z][^>]*>")]
    private static partial Regex Tag();

    [GeneratedRegex(@"^\*\*.+\*\*[:.]?$|^__.+__$")]
    private static partial Regex BoldWhole();

    [GeneratedRegex(@"\*\*|__")]
    private static partial Regex BoldMarker();

    [GeneratedRegex(@"(?<![\w*])\*(?!\s)([^*]+?)(?<!\s)\*(?![\w*])")]
    private static partial Regex ItalicMarker();

    [GeneratedRegex(@"[ \u00A0]+")]
    private static partial Regex Spaces();

    [GeneratedRegex(@" ?\t[\t ]*")]
    private static partial Regex Tabs();
}
