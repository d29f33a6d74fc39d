using System.Text.RegularExpressions;

namespace InspectionMiner.Layout;

/// <summary>
/// Recognises what opens a list item or a numbered paragraph: bullet glyphs (including the private-use
/// glyphs of Symbol and Wingdings fonts, such as U+F0B7, and squares such as U+25FC), dashes, and numbers
/// such as "12.", "3.4", "(a)".
/// </summary>
internal static partial class ListMarker
{
    /// <summary>True when <paramref name="c"/> is a bullet glyph.</summary>
    public static bool IsBulletGlyph(char c) =>
        c is '•' or '◼' or '▪' or '■' or '●' or '○' or '◦' or '□' or '➢' or '►' or '▶' or '✓' or '✔' or '·' or '∙' or '⁃' or '‣' or '❖' or '◆' or '♦' or '\u25FE' or '\u25AA'
        || c is >= '\uF000' and <= '\uF0FF';

    /// <summary>
    /// True for a dash or rule that opens a sub-item when a space follows it: the hyphen and en dash, and the em dash,
    /// minus sign, horizontal bar, box-drawing line, horizontal line extension and combining long stroke that some
    /// reports print for their second-level bullets ("⎯ the child's written plan", "─ in primary schools is 24%").
    /// </summary>
    private static bool IsDash(char c) =>
        c is '-' or '–' or '—' or '\u2212' or '\u2015' or '\u2500' or '\u23AF' or '\u0336';

    /// <summary>
    /// Splits a line into its marker and the rest. Returns false when the line opens with no marker.
    /// </summary>
    /// <param name="text">The line.</param>
    /// <param name="isBullet">True for a bullet, false for a number.</param>
    /// <param name="number">The number printed (without its dot or brackets), for numbered items.</param>
    /// <param name="rest">The text after the marker.</param>
    public static bool TryStrip(string text, out bool isBullet, out string? number, out string rest)
    {
        isBullet = false;
        number = null;
        rest = text;
        if (text.Length == 0)
        {
            return false;
        }

        var first = text[0];
        if (IsBulletGlyph(first) || ((IsDash(first) || first is '*' or 'o') && text.Length > 1 && text[1] is ' ' or '\t'))
        {
            isBullet = true;
            rest = text[1..].TrimStart(' ', '\t');

            // A bullet that opens a numbered item ("- iv. The quality of ...", "• A. The timeliness of ..."): the number
            // is the item's marker, not the start of its first sentence.
            if (Numbered().Match(rest) is { Success: true } inner)
            {
                number = inner.Groups["n"].Value;
                rest = rest[inner.Length..];
            }

            return rest.Length > 0;
        }

        var match = Numbered().Match(text);
        if (match.Success)
        {
            number = match.Groups["n"].Value;
            rest = text[match.Length..];
            return true;
        }

        return false;
    }

    // "12. Text", "3.4 Text", "3.4. Text", "(a) Text", "a) Text", "iv. Text", "b. Text", "C. Text"; the text must open
    // with a capital, a quote or a bracket, so that "2 children were seen" stays a sentence. Letters with a dot stop
    // at h (H), so that a line opening with an initial ("J. Smith") stays text.
    [GeneratedRegex(@"^(?:(?<n>\d{1,3})\.[ \t]+|(?<n>\d{1,2}\.\d{1,2}(?:\.\d{1,2})?)\.?[ \t]+|\((?<n>[a-z]|[ivx]{1,4}|\d{1,2})\)[ \t]+|(?<n>[a-z])\)[ \t]+|(?<n>[ivx]{1,4}|[a-hA-H])\.[ \t]+)(?=[A-Z‘'“""(\u2018])")]
    private static partial Regex Numbered();
}
