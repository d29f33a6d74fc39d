namespace InspectionMiner.Ingestion;

/// <summary>A PDF page read for its text alone: its size and its glyphs in content-stream order.</summary>
/// <param name="Number">1-based page number.</param>
/// <param name="Width">The media box width in points (as PdfPig's <c>Page.Width</c>).</param>
/// <param name="Height">The media box height in points (as PdfPig's <c>Page.Height</c>).</param>
/// <param name="Glyphs">The glyphs in the order the content stream draws them: a list its document's page factory reuses, so
/// valid until the next page of the same document is read.</param>
internal sealed record GlyphPage(int Number, double Width, double Height, List<PdfGlyph> Glyphs);
