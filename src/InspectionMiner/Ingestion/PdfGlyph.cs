namespace InspectionMiner.Ingestion;

/// <summary>
/// What the line reader needs of one glyph drawn on a PDF page: its text, where its baseline starts and ends,
/// its size and whether its font is bold. The slim counterpart of PdfPig's <c>Letter</c>.
/// </summary>
/// <param name="Value">The glyph's Unicode text (a combining diacritic is merged into the glyph before it).</param>
/// <param name="StartX">The x of the start of its baseline, in points.</param>
/// <param name="BaselineY">The y of its baseline, in points from the bottom of the page.</param>
/// <param name="EndX">The x of the end of its baseline, in points.</param>
/// <param name="FontSize">The font size set by the content stream.</param>
/// <param name="PointSize">The size in points after the text and transformation matrices.</param>
/// <param name="IsBold">True when the font's name says bold, black or heavy (see <see cref="IsBoldFontName"/>).</param>
/// <param name="TextSequence">The number of the text-showing operation that drew it.</param>
internal readonly record struct PdfGlyph(string Value, double StartX, double BaselineY, double EndX, double FontSize, double PointSize, bool IsBold, int TextSequence)
{
    /// <summary>Whether a font with this name sets bold text ("Arial-BoldMT", "Calibri Bold", "Lato-Black", "…Heavy").</summary>
    public static bool IsBoldFontName(string? name) =>
        name is not null && (name.Contains("Bold", StringComparison.OrdinalIgnoreCase) || name.Contains("Black", StringComparison.Ordinal) || name.Contains("Heavy", StringComparison.Ordinal));
}
