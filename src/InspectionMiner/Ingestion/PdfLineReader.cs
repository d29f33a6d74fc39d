using System.Runtime.InteropServices;
using System.Text;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Exceptions;

namespace InspectionMiner.Ingestion;

/// <summary>
/// Reads a PDF into pages of visual lines with PdfPig, whose pages are built by <see cref="GlyphPageFactory"/> (only the
/// glyphs, not paths and boxes). Letters are grouped into lines by their baseline,
/// spaces are inserted where glyphs are apart, raised small digits (footnote markers) are dropped, and
/// fragments on the same baseline are merged left to right, far-apart columns joined by a tab.
/// </summary>
/// <remarks>
/// Written by hand rather than with PdfPig's word extractor and page segmenters: those are general
/// (multi-column, rotated text) and cost several times the parse itself, while Ofsted's documents are
/// single-column Word output that one linear pass over the letters reads correctly.
/// </remarks>
internal static class PdfLineReader
{
    /// <summary>Reads all pages of the PDF in <paramref name="bytes"/>.</summary>
    /// <param name="bytes">The PDF content.</param>
    /// <param name="path">The name used in errors.</param>
    /// <param name="options">The page and text limits.</param>
    /// <param name="cancellationToken">Checked between pages.</param>
    /// <exception cref="DocumentReadException">The PDF is encrypted, truncated, damaged or over a limit.</exception>
    public static IReadOnlyList<SourcePage> Read(byte[] bytes, string path, ReaderOptions options, CancellationToken cancellationToken)
    {
        try
        {
            using var document = PdfDocument.Open(bytes, new ParsingOptions { UseLenientParsing = true, SkipMissingFonts = true });
            document.AddPageFactory<GlyphPage, GlyphPageFactory>();
            var pageCount = document.NumberOfPages;
            if (pageCount > options.MaxPages)
            {
                throw new DocumentReadException(path, ReadFailureReason.TooLarge, $"it declares {pageCount:N0} pages, over the limit of {options.MaxPages:N0}");
            }

            if (pageCount <= 0)
            {
                throw new DocumentReadException(path, ReadFailureReason.Corrupt, "no page of it can be found (its page tree is missing, empty or loops back on itself)");
            }

            var pages = new List<SourcePage>(pageCount);
            long characters = 0;
            for (var n = 1; n <= pageCount; n++)
            {
                cancellationToken.ThrowIfCancellationRequested();
                var page = document.GetPage<GlyphPage>(n);
                var lines = ReadLines(page);
                foreach (var line in lines)
                {
                    characters += line.Text.Length;
                }

                if (characters > options.MaxCharacters)
                {
                    throw new DocumentReadException(path, ReadFailureReason.TooLarge, $"its text passes the limit of {options.MaxCharacters:N0} characters by page {n}");
                }

                pages.Add(new SourcePage(n, page.Width, page.Height, lines));
            }

            return pages;
        }
        catch (PdfDocumentEncryptedException e)
        {
            throw new DocumentReadException(path, ReadFailureReason.Encrypted, "a password is needed to read it", e);
        }
        catch (Exception e) when (e is OperationCanceledException or DocumentReadException or OutOfMemoryException)
        {
            throw;
        }
        catch (Exception e)
        {
            throw Damaged(bytes, path, e);
        }
    }

    /// <summary>The typed error for a PDF that PdfPig could not parse, told in a reader's words (PdfPig's own message stays in the inner exception).</summary>
    internal static DocumentReadException Damaged(ReadOnlySpan<byte> bytes, string path, Exception e)
    {
        if (LooksTruncated(bytes))
        {
            return new DocumentReadException(path, ReadFailureReason.Truncated, "the file ends before its end-of-file marker", e);
        }

        var message = e.Message;
        var detail = e switch
        {
            InsufficientExecutionStackException => "its objects are nested too deeply to read",
            _ when message.Contains("cycle", StringComparison.OrdinalIgnoreCase) || message.Contains("circular", StringComparison.OrdinalIgnoreCase) || message.Contains("loop", StringComparison.OrdinalIgnoreCase)
                => "its structure loops back on itself",
            _ when message.Contains("not supported", StringComparison.OrdinalIgnoreCase) || message.Contains("unsupported", StringComparison.OrdinalIgnoreCase) || message.Contains("raise an issue", StringComparison.OrdinalIgnoreCase)
                => "it uses a PDF feature this reader does not support",
            _ when message.Contains("font", StringComparison.OrdinalIgnoreCase) => "one of its fonts is damaged",
            _ when message.Contains("xref", StringComparison.OrdinalIgnoreCase) || message.Contains("cross", StringComparison.OrdinalIgnoreCase) || message.Contains("trailer", StringComparison.OrdinalIgnoreCase)
                => "its cross-reference table is damaged",
            _ when message.Contains("stream", StringComparison.OrdinalIgnoreCase) || message.Contains("filter", StringComparison.OrdinalIgnoreCase) || message.Contains("decode", StringComparison.OrdinalIgnoreCase)
                => "one of its content streams is damaged",
            _ => "its structure is broken",
        };
        return new DocumentReadException(path, ReadFailureReason.Corrupt, detail, e);
    }

    /// <summary>True when the last KiB of the file carries no <c>%%EOF</c> marker.</summary>
    internal static bool LooksTruncated(ReadOnlySpan<byte> bytes)
    {
        var tail = bytes[Math.Max(0, bytes.Length - 1024)..];
        return tail.IndexOf("%%EOF"u8) < 0;
    }

    private static IReadOnlyList<TextLine> ReadLines(GlyphPage page)
    {
        var letters = CollectionsMarshal.AsSpan(page.Glyphs);
        var fragments = new List<Fragment>(Math.Max(8, letters.Length / 40));
        Fragment? current = null;
        foreach (ref readonly var letter in letters)
        {
            var value = letter.Value;
            if (string.IsNullOrEmpty(value))
            {
                continue;
            }

            var size = letter.PointSize > 0 ? letter.PointSize : letter.FontSize;
            if (size <= 0)
            {
                size = 10;
            }

            var x = letter.StartX;
            var y = letter.BaselineY;
            var isSpace = value.Length == 1 && char.IsWhiteSpace(value[0]);

            if (current is not null)
            {
                var dy = y - current.Baseline;
                var reference = Math.Max(size, current.Size);
                var sameLine = Math.Abs(dy) <= 0.3 * reference && x >= current.EndX - reference;
                if (sameLine)
                {
                    var gap = x - current.EndX;
                    if (gap > 3 * reference && !isSpace)
                    {
                        current = StartFragment(fragments, letter, value, size, x, y, isSpace);
                        continue;
                    }

                    current.Append(letter, value, size, gap, isSpace);
                    continue;
                }

                var raised = dy > 0.15 * current.Size && dy < 0.9 * current.Size && size < 0.9 * current.Size;
                if (raised && x >= current.EndX - current.Size)
                {
                    // A superscript: footnote markers (digits) are dropped, ordinal suffixes kept.
                    if (!IsDigits(value))
                    {
                        current.Append(letter, value, current.Size, 0, isSpace);
                    }
                    else
                    {
                        current.EndX = Math.Max(current.EndX, letter.EndX);
                    }

                    continue;
                }
            }

            if (isSpace)
            {
                continue;
            }

            current = StartFragment(fragments, letter, value, size, x, y, isSpace);
        }

        return MergeFragments(fragments, page.Height);
    }

    private static Fragment StartFragment(List<Fragment> fragments, PdfGlyph letter, string value, double size, double x, double y, bool isSpace)
    {
        var fragment = new Fragment(x, y, size);
        fragment.Append(letter, value, size, 0, isSpace);
        fragments.Add(fragment);
        return fragment;
    }

    private static bool IsDigits(string value)
    {
        foreach (var c in value)
        {
            if (!char.IsAsciiDigit(c) && c is not ('*' or '†'))
            {
                return false;
            }
        }

        return true;
    }

    private static IReadOnlyList<TextLine> MergeFragments(List<Fragment> fragments, double pageHeight)
    {
        // Reading order: top to bottom, then left to right. Fragments whose baselines are within a
        // fraction of their size share a line (table rows, tab-separated columns).
        fragments.RemoveAll(f => f.IsBlank);
        fragments.Sort(static (a, b) =>
        {
            var tolerance = 0.3 * Math.Min(a.Size, b.Size);
            if (Math.Abs(a.Baseline - b.Baseline) > tolerance)
            {
                return b.Baseline.CompareTo(a.Baseline);
            }

            return a.StartX.CompareTo(b.StartX);
        });

        var lines = new List<TextLine>(fragments.Count);
        var i = 0;
        while (i < fragments.Count)
        {
            var first = fragments[i];
            var j = i + 1;
            while (j < fragments.Count && Math.Abs(fragments[j].Baseline - first.Baseline) <= 0.3 * Math.Min(first.Size, fragments[j].Size))
            {
                j++;
            }

            string text;
            double size;
            bool bold;
            if (j == i + 1)
            {
                text = first.Text;
                size = first.TypicalSize;
                bold = first.IsBold;
            }
            else
            {
                var builder = new StringBuilder();
                var chars = 0;
                var weightedSize = 0.0;
                var boldChars = 0;
                for (var k = i; k < j; k++)
                {
                    if (k > i)
                    {
                        var gap = fragments[k].StartX - fragments[k - 1].EndX;
                        builder.Append(gap > 1.5 * fragments[k].Size ? '\t' : ' ');
                    }

                    builder.Append(fragments[k].Text);
                    chars += fragments[k].Chars;
                    weightedSize += fragments[k].TypicalSize * fragments[k].Chars;
                    boldChars += fragments[k].BoldChars;
                }

                text = builder.ToString();
                size = chars > 0 ? weightedSize / chars : first.Size;
                bold = boldChars * 2 > chars;
            }

            lines.Add(new TextLine(text, pageHeight - first.Baseline, first.StartX, Math.Round(size, 1), bold));
            i = j;
        }

        return lines;
    }

    private sealed class Fragment(double startX, double baseline, double size)
    {
        private readonly StringBuilder _text = new();
        private double _sizeSum;

        public double StartX { get; } = startX;
        public double Baseline { get; } = baseline;
        public double Size { get; } = size;
        public double EndX { get; set; } = startX;
        public int Chars { get; private set; }
        public int BoldChars { get; private set; }
        public bool IsBold => BoldChars * 2 > Chars;
        public double TypicalSize => Chars > 0 ? _sizeSum / Chars : Size;
        public bool IsBlank => Chars == 0;
        public string Text => _text.ToString().TrimEnd();

        public void Append(PdfGlyph letter, string value, double size, double gap, bool isSpace)
        {
            if (isSpace)
            {
                if (_text.Length > 0 && _text[^1] != ' ')
                {
                    _text.Append(' ');
                }
            }
            else
            {
                if (gap > 0.15 * size && _text.Length > 0 && _text[^1] != ' ')
                {
                    _text.Append(' ');
                }

                AppendNormalised(_text, value);
                Chars += value.Length;
                _sizeSum += size * value.Length;
                if (letter.IsBold)
                {
                    BoldChars += value.Length;
                }
            }

            EndX = Math.Max(EndX, letter.EndX);
        }

        private static void AppendNormalised(StringBuilder builder, string value)
        {
            foreach (var c in value)
            {
                switch (c)
                {
                    case '\uFB01': builder.Append("fi"); break;
                    case '\uFB02': builder.Append("fl"); break;
                    case '\uFB00': builder.Append("ff"); break;
                    case '\uFB03': builder.Append("ffi"); break;
                    case '\uFB04': builder.Append("ffl"); break;
                    case '\u00A0': builder.Append(' '); break;
                    default:
                        if (!char.IsControl(c))
                        {
                            builder.Append(c);
                        }

                        break;
                }
            }
        }
    }
}
