namespace InspectionMiner.Ingestion;

/// <summary>A document as read from its source: pages of lines, before layout cleanup.</summary>
/// <param name="Path">The path or name the document was read from.</param>
/// <param name="Format">The detected format.</param>
/// <param name="Pages">The pages in order.</param>
/// <param name="ContentHash">XXH128 of the source bytes, lower-case hex: identifies the document whatever its name.</param>
internal sealed record SourceDocument(string Path, SourceFormat Format, IReadOnlyList<SourcePage> Pages, string ContentHash);
