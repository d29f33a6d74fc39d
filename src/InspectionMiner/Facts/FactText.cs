using System.Text.RegularExpressions;
using InspectionMiner.Labels;
using InspectionMiner.Layout;

namespace InspectionMiner.Facts;

/// <summary>The text the fact readers search: the first blocks, one line per block, with tabs as spaces and straight quotes.</summary>
internal static partial class FactText
{
    public static string HeadText(IReadOnlyList<LayoutBlock> blocks, int count, int from = 0)
    {
        // The first blocks' text, one line per block, with tabs as spaces and curly single quotes straight, in one
        // pass: for the whole document this runs on every parse.
        var end = Math.Min(from + count, blocks.Count);
        var length = 0;
        for (var i = from; i < end; i++)
        {
            length += blocks[i].Text.Length + 1;
        }

        return string.Create(length, (blocks, from, end), static (span, state) =>
        {
            var at = 0;
            for (var i = state.from; i < state.end; i++)
            {
                foreach (var c in state.blocks[i].Text)
                {
                    span[at++] = c switch
                    {
                        '\t' => ' ',
                        '’' or '‘' => '\'',
                        _ => c,
                    };
                }

                span[at++] = '\n';
            }
        });
    }

    /// <summary>
    /// The first match of <paramref name="regex"/> in the whole text, found by searching only around the blocks that
    /// contain <paramref name="cue"/> (case-insensitive), from <paramref name="before"/> blocks before to
    /// <paramref name="after"/> after: the same match as searching the whole text when every match contains the cue
    /// and spans no more blocks than that.
    /// </summary>
    public static Match FirstMatchAround(IReadOnlyList<LayoutBlock> blocks, string cue, Regex regex, int before = 0, int after = 0) =>
        FirstMatchAround(blocks, cue, regex, out _, before, after);

    /// <summary>As <see cref="FirstMatchAround(IReadOnlyList{LayoutBlock}, string, Regex, int, int)"/>, with the index of the first block of the text searched.</summary>
    public static Match FirstMatchAround(IReadOnlyList<LayoutBlock> blocks, string cue, Regex regex, out int fromBlock, int before = 0, int after = 0) =>
        FirstMatchAround(blocks, cue, regex, [], out fromBlock, before, after);

    /// <summary>
    /// As <see cref="FirstMatchAround(IReadOnlyList{LayoutBlock}, string, Regex, int, int)"/>, searching a cue's blocks
    /// only when one of them contains one of <paramref name="needed"/> (case-insensitive), words every match contains.
    /// </summary>
    public static Match FirstMatchAround(IReadOnlyList<LayoutBlock> blocks, string cue, Regex regex, IReadOnlyList<string> needed, out int fromBlock, int before = 0, int after = 0)
    {
        fromBlock = 0;
        for (var i = 0; i < blocks.Count; i++)
        {
            if (blocks[i].Text.Contains(cue, StringComparison.OrdinalIgnoreCase))
            {
                var from = Math.Max(0, i - before);
                var to = Math.Min(blocks.Count, i + after + 1);
                if (needed.Count > 0 && !AnyContains(blocks, from, to, needed))
                {
                    continue;
                }

                var m = regex.Match(HeadText(blocks, to - from, from));
                if (m.Success)
                {
                    fromBlock = from;
                    return m;
                }
            }
        }

        return Match.Empty;
    }

    private static bool AnyContains(IReadOnlyList<LayoutBlock> blocks, int from, int to, IReadOnlyList<string> words)
    {
        for (var b = from; b < to; b++)
        {
            foreach (var word in words)
            {
                if (blocks[b].Text.Contains(word, StringComparison.OrdinalIgnoreCase))
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>The page of the character at <paramref name="offset"/> of the text <see cref="HeadText"/> builds from the first block.</summary>
    public static int PageAt(IReadOnlyList<LayoutBlock> blocks, int offset)
    {
        foreach (var block in blocks)
        {
            if (offset <= block.Text.Length)
            {
                return block.PageAt(Math.Max(0, offset));
            }

            offset -= block.Text.Length + 1;
        }

        return blocks.Count > 0 ? blocks[^1].LastPage : 1;
    }

    /// <summary><paramref name="length"/> characters of <paramref name="text"/> from <paramref name="index"/>, whitespace collapsed.</summary>
    public static string Snippet(string text, int index, int length)
    {
        var start = index;
        var end = Math.Min(text.Length, index + length);
        return Whitespace().Replace(text[start..end], " ").Trim();
    }

    /// <summary>The first <paramref name="length"/> characters of the whole text (as <see cref="HeadText"/> builds it).</summary>
    public static string PrefixText(IReadOnlyList<LayoutBlock> blocks, int length)
    {
        var count = 0;
        for (var total = 0; count < blocks.Count && total < length; count++)
        {
            total += blocks[count].Text.Length + 1;
        }

        var text = HeadText(blocks, count);
        return text.Length > length ? text[..length] : text;
    }

    [GeneratedRegex(@"\s+")]
    public static partial Regex Whitespace();

    [GeneratedRegex(@"(\d)(st|nd|rd|th)\b")]
    public static partial Regex OrdinalSuffix();
}
