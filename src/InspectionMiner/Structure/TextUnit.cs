using InspectionMiner.Labels;

namespace InspectionMiner.Structure;

/// <summary>
/// One unit of a document: a sentence, a list item's sentence, or a heading. Like a spaCy span, it keeps
/// its character offsets into <see cref="InspectionDocument.Text"/>.
/// </summary>
/// <param name="Index">0-based position of the unit in the document.</param>
/// <param name="Text">The unit's clean text.</param>
/// <param name="Page">The page it is printed on (1-based).</param>
/// <param name="Paragraph">The paragraph number printed before its paragraph ("12", "3.4"), else null.</param>
/// <param name="Section">The section it sits in.</param>
/// <param name="Start">Offset of its first character in the document's text.</param>
/// <param name="Length">Its length in characters.</param>
/// <param name="IsHeading">True for a heading.</param>
/// <param name="ListItem">For a unit of a bulleted list, the item's 1-based position in its list; else null.</param>
/// <param name="Block">0-based index of the paragraph, list item or heading the unit comes from.</param>
/// <example>
/// <code>
/// InspectionDocument doc = await new DocumentParser().ParseAsync("report.pdf", ct);
/// foreach (TextUnit u in doc.Units.Where(u =&gt; !u.IsHeading &amp;&amp; u.SectionArea == JudgementArea.ChildrenInCare))
///     Console.WriteLine($"p{u.Page} para {u.Paragraph} {(u.ListItem is int item ? $"(item {item}) " : "")}{u.Text}");
///
/// // The hash is a stable key for a unit's text: annotations use it instead of storing the text.
/// ILookup&lt;string, TextUnit&gt; byHash = doc.Units.ToLookup(u =&gt; u.Hash);
/// </code>
/// </example>
public sealed record TextUnit(
    int Index,
    string Text,
    int Page,
    string? Paragraph,
    Section Section,
    int Start,
    int Length,
    bool IsHeading,
    int? ListItem,
    int Block)
{
    // The key and the text it was computed from, in one object so that a copy made with `with { Text = … }` (which
    // copies this field too) sees that the key is of another text and computes its own.
    private Tuple<string, string>? _hash;

    /// <summary>
    /// A stable key of the unit's normalised text: XXH3-64 of its lower-cased letters and digits, single-spaced (see
    /// <see cref="UnitHash"/>). Computed on first use; annotations and the findings database refer to units by it.
    /// </summary>
    public string Hash
    {
        get
        {
            var cached = _hash;
            if (cached is null || !ReferenceEquals(cached.Item1, Text))
            {
                _hash = cached = Tuple.Create(Text, UnitHash.Of(Text));
            }

            return cached.Item2;
        }
    }

    /// <summary>The judgement area given by the section when it is a judgement section (or an improvement list inside one), else null.</summary>
    public JudgementArea? SectionArea => Section.Area;

    /// <summary>Equal when every positional property is equal (the cached key is derived from the text).</summary>
    public bool Equals(TextUnit? other) =>
        other is not null && Index == other.Index && Text == other.Text && Page == other.Page && Paragraph == other.Paragraph &&
        Section == other.Section && Start == other.Start && Length == other.Length && IsHeading == other.IsHeading &&
        ListItem == other.ListItem && Block == other.Block;

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Index, Text, Page, Section, Start, Length, Block);
}
