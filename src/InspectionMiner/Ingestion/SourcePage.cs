namespace InspectionMiner.Ingestion;

/// <summary>One page of a source document: its number and its lines in reading order.</summary>
/// <param name="Number">1-based page number (plain text is one page).</param>
/// <param name="Width">Page width in points (0 for plain text).</param>
/// <param name="Height">Page height in points (0 for plain text).</param>
/// <param name="Lines">The page's lines, top to bottom.</param>
internal sealed record SourcePage(int Number, double Width, double Height, IReadOnlyList<TextLine> Lines);
