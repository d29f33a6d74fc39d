using InspectionMiner.Ingestion;

namespace InspectionMiner.Layout;

/// <summary>
/// Groups clean lines into blocks: paragraphs (split at vertical gaps), headings (bold or larger text
/// standing alone), list items (opened by a bullet glyph) and tables (lines with far-apart columns).
/// Paragraphs and list items that break off without a full stop at a page end continue on the next page;
/// words split at line ends are re-joined by the <see cref="Dehyphenator"/>.
/// </summary>
internal static class BlockBuilder
{
    /// <summary>Builds the blocks of <paramref name="pages"/>, which must already be free of running text and footnotes.</summary>
    public static IReadOnlyList<LayoutBlock> Build(
        IReadOnlyList<SourcePage> pages, double bodyFontSize, LayoutOptions options, Dehyphenator dehyphenator)
    {
        var blocks = new List<LayoutBlock>();
        Draft? current = null;
        foreach (var page in pages)
        {
            TextLine? previous = null;
            foreach (var line in page.Lines)
            {
                var raw = line.Text.Trim();
                if (raw.Length == 0)
                {
                    continue;
                }

                var hasMarker = ListMarker.TryStrip(raw, out var isBullet, out var number, out var text);
                if (!hasMarker)
                {
                    text = raw;
                }

                text = text.Trim();
                var headingStyle = IsHeadingStyle(line, bodyFontSize, options);
                var isTableRow = text.Contains('\t');
                if (isTableRow)
                {
                    text = raw;
                    hasMarker = false;
                }

                if (current is not null && Continues(current, previous, line, page.Number, text, hasMarker, headingStyle, isTableRow, options))
                {
                    if (current.Kind == LayoutBlockKind.Table)
                    {
                        current.AddTableLine(text);
                    }
                    else
                    {
                        var joined = dehyphenator.Join(current.Text, text);
                        if (current.LastPage != page.Number)
                        {
                            current.PageStarts.Add(joined.Length - text.Length);
                        }

                        current.Text = joined;
                    }

                    current.LastPage = page.Number;
                    current.Lines++;
                }
                else
                {
                    if (current is not null)
                    {
                        blocks.Add(current.ToBlock(options));
                    }

                    var kind = isTableRow ? LayoutBlockKind.Table
                        : hasMarker && isBullet ? LayoutBlockKind.ListItem
                        : LayoutBlockKind.Paragraph;
                    current = new Draft(kind, page.Number, number, line, headingStyle && !hasMarker);
                    if (kind == LayoutBlockKind.Table)
                    {
                        current.AddTableLine(text);
                    }
                    else
                    {
                        current.Text = text;
                    }
                }

                previous = line;
            }
        }

        if (current is not null)
        {
            blocks.Add(current.ToBlock(options));
        }

        return blocks;
    }

    private static bool IsHeadingStyle(TextLine line, double bodyFontSize, LayoutOptions options) =>
        line.HeadingLevel > 0 || line.IsBold || (bodyFontSize > 0 && line.FontSize > options.HeadingSizeRatio * bodyFontSize);

    private static bool Continues(
        Draft current, TextLine? previous, TextLine line, int page, string text,
        bool hasMarker, bool headingStyle, bool isTableRow, LayoutOptions options)
    {
        if (hasMarker)
        {
            return false;
        }

        var geometry = line.FontSize > 0;
        var samePage = current.LastPage == page && previous is not null;

        if (current.Kind == LayoutBlockKind.Table)
        {
            if (!samePage || (headingStyle && !isTableRow))
            {
                return false;
            }

            var gapOk = geometry ? line.Top - previous!.Top <= options.ParagraphGap * Math.Max(line.FontSize, previous.FontSize) * 1.4 : !line.GapBefore;
            return gapOk && (isTableRow || (text.Length < 80 && !EndsSentence(text)));
        }

        if (isTableRow || line.HeadingLevel > 0)
        {
            return false;
        }

        if (headingStyle != current.HeadingStyle)
        {
            return false;
        }

        if (current.HeadingStyle && current.Lines >= 3)
        {
            return false;
        }

        if (samePage)
        {
            if (geometry)
            {
                var size = Math.Max(line.FontSize, previous!.FontSize);
                if (Math.Abs(line.FontSize - previous.FontSize) > 0.12 * size)
                {
                    return false;
                }

                var gap = line.Top - previous.Top;
                return gap >= 0 && gap <= options.ParagraphGap * size;
            }

            if (!line.GapBefore)
            {
                return true;
            }
        }

        // Across a page break (or a blank line in plain text): continue a sentence that was broken off.
        if (current.Kind == LayoutBlockKind.Table || current.HeadingStyle || headingStyle)
        {
            return false;
        }

        if (!geometry)
        {
            // A blank line in plain text ends a paragraph unless a sentence plainly runs on ("… with" / "communities …").
            return !EndsSentence(current.Text) && char.IsLower(text[0]);
        }

        return !EndsSentence(current.Text) || (char.IsLower(text[0]) && !current.Text.EndsWith(':'));
    }

    /// <summary>True when <paramref name="text"/> ends a sentence (full stop, question or exclamation mark, possibly quoted or bracketed).</summary>
    internal static bool EndsSentence(string text)
    {
        var t = text.AsSpan().TrimEnd();
        while (t.Length > 0 && t[^1] is '’' or '\'' or '"' or '”' or ')' or ']')
        {
            t = t[..^1];
        }

        return t.Length > 0 && t[^1] is '.' or '?' or '!' or ':' or ';';
    }

    private sealed class Draft(LayoutBlockKind kind, int page, string? number, TextLine first, bool headingStyle)
    {
        private readonly List<List<string>> _rows = [];

        public LayoutBlockKind Kind { get; } = kind;
        public int Page { get; } = page;
        public int LastPage { get; set; } = page;
        public string? Number { get; } = number;
        public TextLine First { get; } = first;
        public bool HeadingStyle { get; } = headingStyle;
        public string Text { get; set; } = string.Empty;
        public int Lines { get; set; } = 1;
        public List<int> PageStarts { get; } = [];

        public void AddTableLine(string text)
        {
            var cells = text.Split('\t', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries).ToList();
            var continues = _rows.Count > 0 && cells.Count > 0 && cells[0].Length > 0 && char.IsLower(cells[0][0]);
            if (continues)
            {
                // A wrapped row: "The impact of leaders … with children | Requires improvement" then "and families | to be good".
                var row = _rows[^1];
                for (var i = 0; i < cells.Count; i++)
                {
                    if (i < row.Count)
                    {
                        row[i] = row[i] + " " + cells[i];
                    }
                    else
                    {
                        row.Add(cells[i]);
                    }
                }
            }
            else
            {
                _rows.Add(cells);
            }
        }

        public LayoutBlock ToBlock(LayoutOptions options)
        {
            if (Kind == LayoutBlockKind.Table)
            {
                var rows = _rows.Select(r => (IReadOnlyList<string>)r.ToArray()).ToArray();
                var text = string.Join('\n', rows.Select(r => string.Join('\t', r)));
                return new LayoutBlock(Kind, text, Page, LastPage, Number, rows, []);
            }

            var kind = Kind;
            if (kind == LayoutBlockKind.Paragraph && Number is null && IsHeading(options))
            {
                kind = LayoutBlockKind.Heading;
            }

            return new LayoutBlock(kind, Text, Page, LastPage, Number, [], PageStarts.ToArray());
        }

        private bool IsHeading(LayoutOptions options)
        {
            if (Text.Length == 0 || Text.Length > options.MaxHeadingLength)
            {
                return false;
            }

            if (First.HeadingLevel > 0)
            {
                return true;
            }

            var endsWithStop = Text.EndsWith('.') || Text.EndsWith(',') || Text.EndsWith(';');
            if (HeadingStyle)
            {
                return !endsWithStop;
            }

            // Plain text without styling: a short single line standing alone, opening with a capital.
            return First.FontSize == 0 && Lines == 1 && Text.Length <= 90 && !endsWithStop && !Text.EndsWith(':')
                   && char.IsUpper(Text[0]) && Text.Count(c => c == ' ') <= 12;
        }
    }
}
