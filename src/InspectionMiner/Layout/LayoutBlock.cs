namespace InspectionMiner.Layout;

/// <summary>
/// A block of clean text: a paragraph, heading, list item or table, with running headers, footers,
/// footnotes, bullet glyphs and line-end hyphens already dealt with.
/// </summary>
/// <param name="Kind">What the block is.</param>
/// <param name="Text">Its clean text on one line (for a table, rows joined by new lines and cells by tabs).</param>
/// <param name="Page">The page on which it starts.</param>
/// <param name="LastPage">The page on which it ends (later than <paramref name="Page"/> when it continues across a page break).</param>
/// <param name="Number">The paragraph or list number printed before it ("12", "3.4", "a"), else null.</param>
/// <param name="Rows">For a table, its rows of cells; else empty.</param>
/// <param name="PageStarts">Offsets into <paramref name="Text"/> where each later page begins (one per page break inside the block).</param>
/// <example>
/// <code>
/// InspectionDocument doc = await new DocumentParser().ParseAsync("report.pdf", ct);
/// // The judgement table, row by row.
/// LayoutBlock? table = doc.Blocks.FirstOrDefault(b =&gt; b.Kind == LayoutBlockKind.Table);
/// if (table is not null)
/// {
///     foreach (IReadOnlyList&lt;string&gt; row in table.Rows)
///         Console.WriteLine(string.Join(" | ", row));
/// }
///
/// // A paragraph that runs over a page break: the page of its 300th character.
/// LayoutBlock? spanning = doc.Blocks.FirstOrDefault(b =&gt; b.Kind == LayoutBlockKind.Paragraph &amp;&amp; b.LastPage &gt; b.Page);
/// int? page = spanning?.PageAt(300);
/// </code>
/// </example>
public sealed record LayoutBlock(
    LayoutBlockKind Kind,
    string Text,
    int Page,
    int LastPage,
    string? Number,
    IReadOnlyList<IReadOnlyList<string>> Rows,
    IReadOnlyList<int> PageStarts)
{
    /// <summary>The page on which the character at <paramref name="offset"/> of <see cref="Text"/> is printed.</summary>
    public int PageAt(int offset)
    {
        var page = Page;
        foreach (var start in PageStarts)
        {
            if (offset >= start)
            {
                page++;
            }
        }

        return page;
    }
}
