using InspectionMiner.Ingestion;

namespace InspectionMiner.Layout;

/// <summary>
/// The layout cleanup stage: from a <see cref="SourceDocument"/>'s raw lines to clean blocks. It finds the body
/// font size, removes running headers, footers and page numbers (<see cref="RunningTextFilter"/>), takes
/// footnotes out (<see cref="FootnoteFilter"/>), and groups lines into paragraphs, headings, list items and
/// tables (<see cref="BlockBuilder"/>).
/// </summary>
internal static class LayoutAnalyzer
{
    /// <summary>Cleans up <paramref name="source"/>.</summary>
    public static LaidOutDocument Analyze(SourceDocument source, LayoutOptions? options = null)
    {
        options ??= LayoutOptions.Default;
        var bodySize = BodyFontSize(source.Pages);
        var (pages, removed) = RunningTextFilter.Apply(source.Pages, options);
        var (clean, notes) = FootnoteFilter.Apply(pages, bodySize, options);
        var dehyphenator = new Dehyphenator(clean.SelectMany(p => p.Lines).Select(l => l.Text));
        var blocks = BlockBuilder.Build(clean, bodySize, options, dehyphenator);
        return new LaidOutDocument(source.Path, source.Pages.Count, blocks, notes, removed, bodySize);
    }

    /// <summary>The font size that carries the most characters: the body text's size (0 when the source has no sizes).</summary>
    public static double BodyFontSize(IReadOnlyList<SourcePage> pages)
    {
        var weights = new Dictionary<double, int>();
        foreach (var page in pages)
        {
            foreach (var line in page.Lines)
            {
                if (line.FontSize > 0)
                {
                    var size = Math.Round(line.FontSize * 2) / 2;
                    weights[size] = weights.GetValueOrDefault(size) + line.Text.Length;
                }
            }
        }

        return weights.Count == 0 ? 0 : weights.MaxBy(kv => kv.Value).Key;
    }
}
