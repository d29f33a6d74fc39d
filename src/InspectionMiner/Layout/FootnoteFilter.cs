using InspectionMiner.Ingestion;

namespace InspectionMiner.Layout;

/// <summary>
/// Takes footnotes out of the running text: at the foot of a page, a run of lines set smaller than the
/// body text whose first line opens with the footnote's number; in marked-up text, lines marked as notes.
/// (Footnote markers inside sentences are dropped earlier, when lines are read.)
/// </summary>
internal static class FootnoteFilter
{
    /// <summary>Returns the pages without their footnotes, and the footnotes.</summary>
    public static (IReadOnlyList<SourcePage> Pages, IReadOnlyList<Footnote> Footnotes) Apply(
        IReadOnlyList<SourcePage> pages, double bodyFontSize, LayoutOptions options)
    {
        var notes = new List<Footnote>();
        var result = new List<SourcePage>(pages.Count);
        foreach (var page in pages)
        {
            var lines = page.Lines;
            var cut = lines.Count;
            if (bodyFontSize > 0)
            {
                var start = lines.Count;
                while (start > 0 && lines[start - 1].FontSize > 0 && lines[start - 1].FontSize < options.FootnoteSizeRatio * bodyFontSize)
                {
                    start--;
                }

                // The run must open with a number and leave body text above it.
                for (var i = start; i < lines.Count; i++)
                {
                    if (StartsWithNumber(lines[i].Text) && i > 0)
                    {
                        cut = i;
                        break;
                    }
                }
            }

            var kept = new List<TextLine>(lines.Count);
            for (var i = 0; i < lines.Count; i++)
            {
                if (i >= cut || lines[i].IsNote)
                {
                    AddNote(notes, page.Number, lines[i].Text);
                    continue;
                }

                kept.Add(lines[i]);
            }

            result.Add(kept.Count == lines.Count ? page : page with { Lines = kept });
        }

        return (result, notes);
    }

    private static bool StartsWithNumber(string text) => text.Length > 0 && char.IsAsciiDigit(text[0]) && !RunningTextFilter.IsPageNumber(text) || IsBareNumber(text);

    private static bool IsBareNumber(string text) => text.Trim().Length is > 0 and <= 3 && text.Trim().All(char.IsAsciiDigit);

    private static void AddNote(List<Footnote> notes, int page, string text)
    {
        var trimmed = text.Trim();
        var digits = 0;
        while (digits < trimmed.Length && char.IsAsciiDigit(trimmed[digits]))
        {
            digits++;
        }

        if (digits > 0)
        {
            notes.Add(new Footnote(page, trimmed[..digits], trimmed[digits..].Trim()));
        }
        else if (notes.Count > 0 && notes[^1].Page == page)
        {
            var last = notes[^1];
            notes[^1] = last with { Text = last.Text.Length == 0 ? trimmed : last.Text + " " + trimmed };
        }
        else
        {
            notes.Add(new Footnote(page, null, trimmed));
        }
    }
}
