namespace InspectionMiner.Layout;

/// <summary>The result of layout cleanup: a document's blocks in reading order, and what was taken out.</summary>
/// <param name="Path">The source path or name.</param>
/// <param name="PageCount">Number of pages in the source.</param>
/// <param name="Blocks">Paragraphs, headings, list items and tables in reading order.</param>
/// <param name="Footnotes">Footnotes taken out of the text.</param>
/// <param name="RemovedRunningLines">How many header, footer and page-number lines were removed.</param>
/// <param name="BodyFontSize">The body text's font size in points (0 for plain text).</param>
internal sealed record LaidOutDocument(
    string Path,
    int PageCount,
    IReadOnlyList<LayoutBlock> Blocks,
    IReadOnlyList<Footnote> Footnotes,
    int RemovedRunningLines,
    double BodyFontSize);
