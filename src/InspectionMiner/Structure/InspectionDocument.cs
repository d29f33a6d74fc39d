using InspectionMiner.Facts;
using InspectionMiner.Layout;

namespace InspectionMiner.Structure;

/// <summary>
/// A parsed inspection document: its clean text, its blocks, sections and units, and its facts.
/// </summary>
/// <param name="Path">The source path or name.</param>
/// <param name="ContentHash">XXH128 of the source bytes (of the UTF-8 text for text parsed from memory), 32 lower-case hex digits: identifies the document whatever its name.</param>
/// <param name="PageCount">Number of pages.</param>
/// <param name="Text">The clean text: blocks separated by blank lines. Unit offsets point into it.</param>
/// <param name="Blocks">The layout blocks (paragraphs, headings, list items, tables).</param>
/// <param name="Footnotes">Footnotes taken out of the text.</param>
/// <param name="Units">Sentences, list items and headings in reading order.</param>
/// <param name="Facts">The document's facts.</param>
/// <example>
/// <code>
/// var parser = new DocumentParser();
/// InspectionDocument doc = await parser.ParseAsync("report.pdf", ct);
/// Console.WriteLine($"{doc.Path}: {doc.PageCount} pages, {doc.Blocks.Count} blocks, {doc.Units.Count} units, {doc.Footnotes.Count} footnotes");
///
/// // Unit offsets point into the clean text.
/// TextUnit unit = doc.Units[10];
/// string span = doc.Text.Substring(unit.Start, unit.Length);
///
/// // Classify later without parsing again.
/// MinedDocument mined = new Miner(parser).Classify(doc);
/// </code>
/// </example>
public sealed record InspectionDocument(
    string Path,
    string ContentHash,
    int PageCount,
    string Text,
    IReadOnlyList<LayoutBlock> Blocks,
    IReadOnlyList<Footnote> Footnotes,
    IReadOnlyList<TextUnit> Units,
    DocumentFacts Facts);
