namespace InspectionMiner.Layout;

/// <summary>What a layout block is (<see cref="LayoutBlock.Kind"/>): a paragraph, heading, list item or table.</summary>
/// <example>
/// <code>
/// InspectionDocument doc = await new DocumentParser().ParseAsync("report.pdf", ct);
/// foreach (LayoutBlock b in doc.Blocks)
/// {
///     string line = b.Kind switch
///     {
///         LayoutBlockKind.Heading =&gt; "## " + b.Text,
///         LayoutBlockKind.ListItem =&gt; "- " + b.Text,
///         LayoutBlockKind.Table =&gt; $"[table: {b.Rows.Count} rows]",
///         _ =&gt; $"{b.Number} {b.Text}".Trim(),
///     };
///     Console.WriteLine(line);
/// }
/// </code>
/// </example>
public enum LayoutBlockKind
{
    /// <summary>A paragraph of running text (possibly numbered).</summary>
    Paragraph,
    /// <summary>A heading: bold or larger text standing on its own.</summary>
    Heading,
    /// <summary>One item of a bulleted list.</summary>
    ListItem,
    /// <summary>A table (rows of cells), such as the judgement and grade table.</summary>
    Table,
}
