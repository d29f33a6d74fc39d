using System.Text.RegularExpressions;
using InspectionMiner.Layout;

namespace InspectionMiner.Facts;

/// <summary>
/// Tells a sentence about an earlier inspection ("An inspection ... took place in March 2010 and found overall
/// effectiveness ... to be inadequate"; a list of "The judgements for the local authority were:") from the report's own
/// judgements, so that a grade it states is not taken as this inspection's.
/// </summary>
internal static partial class EarlierInspection
{
    private static readonly char[] SentenceEndsOrBreak = ['.', '!', '?', '\n'];

    /// <summary>True when the sentence of <paramref name="text"/> at <paramref name="offset"/> (within its line) speaks of an earlier inspection.</summary>
    public static bool IsSpokenOf(string text, int offset)
    {
        offset = Math.Clamp(offset, 0, text.Length);
        var start = offset == 0 ? -1 : text.LastIndexOfAny(SentenceEndsOrBreak, offset - 1);
        var end = offset == text.Length ? -1 : text.IndexOfAny(SentenceEndsOrBreak, offset);
        return Cue().IsMatch(text.AsSpan(start + 1, (end < 0 ? text.Length : end) - start - 1));
    }

    /// <summary>
    /// True when the sentence of <paramref name="blocks"/> at <paramref name="offset"/> of their text (as
    /// <see cref="FactText.HeadText"/> builds it) speaks of an earlier inspection; for a list item, with the sentence
    /// that introduces its list.
    /// </summary>
    public static bool IsSpokenOf(IReadOnlyList<LayoutBlock> blocks, int offset)
    {
        var i = 0;
        while (i < blocks.Count && offset > blocks[i].Text.Length)
        {
            offset -= blocks[i].Text.Length + 1;
            i++;
        }

        if (i >= blocks.Count)
        {
            return false;
        }

        if (IsSpokenOf(blocks[i].Text, offset))
        {
            return true;
        }

        if (blocks[i].Kind != LayoutBlockKind.ListItem)
        {
            return false;
        }

        // "The judgements for the local authority were:" then one list item a judgement.
        var j = i - 1;
        while (j >= 0 && blocks[j].Kind == LayoutBlockKind.ListItem && !Introduces(blocks[j].Text))
        {
            j--;
        }

        if (j < 0 || !Introduces(blocks[j].Text))
        {
            return false;
        }

        var intro = blocks[j].Text.TrimEnd();
        return IsSpokenOf(intro, intro.Length - 1);
    }

    private static bool Introduces(string text) => text.TrimEnd().EndsWith(':');

    [GeneratedRegex(@"\b(?:last|previous|earlier|prior|preceding)\s+(?:[\w'’]+\s+){0,4}?(?:inspection|inspected)|\b(?:was|were|had\s+been)\s+(?:\w+\s+)?(?:judged|found|graded|rated)\b|\bfound\b[^.]{0,120}\bto\s+be\b|\btook\s+place\b|\bjudgements?\s+(?:for|of)\b[^.:]{0,60}\bwere\b", RegexOptions.IgnoreCase)]
    private static partial Regex Cue();
}
