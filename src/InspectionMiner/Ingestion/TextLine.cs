namespace InspectionMiner.Ingestion;

/// <summary>
/// One visual line of a page, as read from the source, before any layout cleanup.
/// </summary>
/// <param name="Text">The line's characters; columns far apart are separated by a tab.</param>
/// <param name="Top">Distance of the baseline from the top of the page, in points (0 for plain text).</param>
/// <param name="Left">Distance of the first character from the left edge, in points (indent width for plain text).</param>
/// <param name="FontSize">The line's typical font size in points (0 when the source has none).</param>
/// <param name="IsBold">True when most of the line's letters are set in a bold font, or marked bold in text markup.</param>
/// <param name="HeadingLevel">Heading level given by markup (Markdown <c>#</c>), else 0.</param>
/// <param name="GapBefore">True when a blank line (plain text) separates this line from the previous one.</param>
/// <param name="IsNote">True when markup marks the line as a footnote (a line opening with a superscript number).</param>
internal sealed record TextLine(
    string Text,
    double Top,
    double Left,
    double FontSize,
    bool IsBold,
    int HeadingLevel = 0,
    bool GapBefore = false,
    bool IsNote = false);
