using System.Text;
using InspectionMiner.Ingestion;

namespace InspectionMiner.Layout;

/// <summary>
/// Removes running headers, running footers and page numbers: lines in the top or bottom zone of a page
/// that recur on many pages once their digits are ignored ("Inspection of X … 15 - 26 June 2026", "Page 3 of 20"),
/// and lines in those zones that are only a page number.
/// </summary>
internal static class RunningTextFilter
{
    /// <summary>Returns the pages without their running lines, and how many lines were removed.</summary>
    public static (IReadOnlyList<SourcePage> Pages, int Removed) Apply(IReadOnlyList<SourcePage> pages, LayoutOptions options)
    {
        if (pages.Count == 0 || pages[0].Height <= 0)
        {
            return (pages, 0);
        }

        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var page in pages)
        {
            var seen = new HashSet<string>(StringComparer.Ordinal);
            foreach (var line in page.Lines)
            {
                var key = ZoneKey(line, page, options);
                if (key is not null && seen.Add(key))
                {
                    counts[key] = counts.GetValueOrDefault(key) + 1;
                }
            }
        }

        var threshold = Math.Max(2, (int)Math.Ceiling(options.RepeatShare * pages.Count));
        var removed = 0;
        var result = new List<SourcePage>(pages.Count);
        foreach (var page in pages)
        {
            var kept = new List<TextLine>(page.Lines.Count);
            var lines = page.Lines;
            for (var i = 0; i < lines.Count; i++)
            {
                var line = lines[i];
                var key = ZoneKey(line, page, options);
                // A bare number is judged only as a page number: a footnote's number repeats across pages too.
                var isNumber = IsPageNumber(line.Text);
                if (key is not null && ((!isNumber && counts[key] >= threshold) || (isNumber && IsOutermost(lines, i, page, options, counts, threshold))))
                {
                    removed++;
                    continue;
                }

                kept.Add(line);
            }

            result.Add(kept.Count == page.Lines.Count ? page : page with { Lines = kept });
        }

        return (result, removed);
    }

    /// <summary>True for a line that is only a page number: "7", "Page 7", "7 of 20", "- 7 -".</summary>
    public static bool IsPageNumber(string text)
    {
        var t = text.Trim().Trim('-', '–', ' ', '|');
        if (t.StartsWith("page ", StringComparison.OrdinalIgnoreCase))
        {
            t = t[5..].Trim();
        }

        var ofAt = t.IndexOf(" of ", StringComparison.OrdinalIgnoreCase);
        if (ofAt > 0)
        {
            var total = t[(ofAt + 4)..].Trim();
            if (total.Length == 0 || !total.All(char.IsAsciiDigit))
            {
                return false;
            }

            t = t[..ofAt].Trim();
        }

        return t.Length is > 0 and <= 4 && t.All(char.IsAsciiDigit);
    }

    // A bare number is a page number only where nothing but running text lies between it and the page edge;
    // otherwise it is, for instance, the number of a footnote printed on a line of its own.
    private static bool IsOutermost(IReadOnlyList<TextLine> lines, int index, SourcePage page, LayoutOptions options, Dictionary<string, int> counts, int threshold)
    {
        var inFooter = lines[index].Top >= (1 - options.FooterZone) * page.Height;
        var step = inFooter ? 1 : -1;
        for (var j = index + step; j >= 0 && j < lines.Count; j += step)
        {
            var key = ZoneKey(lines[j], page, options);
            if (key is null || IsPageNumber(lines[j].Text) ? key is null : counts[key] < threshold)
            {
                return false;
            }
        }

        return true;
    }

    private static string? ZoneKey(TextLine line, SourcePage page, LayoutOptions options)
    {
        string zone;
        if (line.Top <= options.HeaderZone * page.Height)
        {
            zone = "H:";
        }
        else if (line.Top >= (1 - options.FooterZone) * page.Height)
        {
            zone = "F:";
        }
        else
        {
            return null;
        }

        var builder = new StringBuilder(zone, zone.Length + line.Text.Length);
        var lastSpace = false;
        foreach (var c in line.Text)
        {
            if (char.IsWhiteSpace(c))
            {
                if (!lastSpace)
                {
                    builder.Append(' ');
                }

                lastSpace = true;
                continue;
            }

            lastSpace = false;
            builder.Append(char.IsAsciiDigit(c) ? '#' : char.ToLowerInvariant(c));
        }

        return builder.ToString();
    }
}
