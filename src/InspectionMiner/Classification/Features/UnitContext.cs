using InspectionMiner.Facts;
using InspectionMiner.Labels;
using InspectionMiner.Structure;

namespace InspectionMiner.Classification;

/// <summary>
/// What the classifier sees of one unit: its text and, where known, where it sits in its document.
/// Only <see cref="Text"/> is required; every piece of structure that is known improves the prediction.
/// </summary>
/// <param name="Text">The unit's text (a sentence, list item or heading).</param>
/// <param name="SectionHeading">The heading the unit sits under, if known. Under a sub-heading of a judgement section, the
/// judgement section's heading comes first: "The experiences and progress of children in care: good › Inspection
/// findings" (<see cref="Section.HeadingPath"/>).</param>
/// <param name="SectionKind">The kind of section, if known (from the parser).</param>
/// <param name="SectionArea">The judgement area of the section, when the section is a judgement section.</param>
/// <param name="IsListItem">True for a bullet or numbered list item.</param>
/// <param name="IsHeading">True for a heading unit.</param>
/// <param name="DocumentKind">The kind of document, if known.</param>
/// <param name="Neighbours">The text of the units just before and after it in the same section, if known: what the
/// paragraph is about decides the judgement area of many sentences. For a list item, the sentence that introduces the
/// list comes first ("Inspectors identified the following areas for improvement:").</param>
/// <param name="FocusArea">The judgement area a focused visit's stated focus names, if known.</param>
/// <example>
/// <code>
/// var context = UnitContext.FromText("Pathway plans are not consistently updated.", "What needs to improve?");
/// </code>
/// </example>
public sealed record UnitContext(
    string Text,
    string? SectionHeading = null,
    SectionKind? SectionKind = null,
    JudgementArea? SectionArea = null,
    bool IsListItem = false,
    bool IsHeading = false,
    DocumentKind? DocumentKind = null,
    string? Neighbours = null,
    JudgementArea? FocusArea = null)
{
    /// <summary>How many units back a list item's lead-in is looked for.</summary>
    private const int MaxListLength = 40;

    /// <summary>A unit known only by its text and, optionally, the heading it sits under.</summary>
    public static UnitContext FromText(string text, string? sectionHeading = null) => new(text, sectionHeading);

    /// <summary>The context of a parsed unit in its document.</summary>
    public static UnitContext From(TextUnit unit, DocumentKind documentKind)
    {
        ArgumentNullException.ThrowIfNull(unit);
        return new UnitContext(
            unit.Text,
            unit.Section.HeadingPath,
            unit.Section.Kind,
            unit.Section.Kind is Structure.SectionKind.Judgement or Structure.SectionKind.ImprovementList ? unit.Section.Area : null,
            unit.ListItem is not null,
            unit.IsHeading,
            documentKind);
    }

    /// <summary>The context of the unit at <paramref name="index"/> in a parsed document, with its neighbours and the visit's focus.</summary>
    public static UnitContext From(InspectionDocument document, int index)
    {
        ArgumentNullException.ThrowIfNull(document);
        return From(document, index, FocusAreaOf(document));
    }

    /// <summary>The context of every unit of a parsed document, in order; the visit's focus is read once.</summary>
    internal static UnitContext[] AllOf(InspectionDocument document)
    {
        var focus = FocusAreaOf(document);
        var contexts = new UnitContext[document.Units.Count];
        for (var i = 0; i < contexts.Length; i++)
        {
            contexts[i] = From(document, i, focus);
        }

        return contexts;
    }

    /// <summary>The judgement area a visit's stated focus concerns, if any: the same for every unit of the document.</summary>
    internal static JudgementArea? FocusAreaOf(InspectionDocument document) =>
        document.Facts.Focus is { } focus ? SectionRules.FocusAreaOf(focus) : null;

    /// <summary>The context of the unit at <paramref name="index"/>, given its document's <see cref="FocusAreaOf(InspectionDocument)"/>.</summary>
    internal static UnitContext From(InspectionDocument document, int index, JudgementArea? focusArea)
    {
        var unit = document.Units[index];
        var before = index > 0 && document.Units[index - 1].Section == unit.Section ? document.Units[index - 1].Text : string.Empty;
        var after = index + 1 < document.Units.Count && document.Units[index + 1].Section == unit.Section ? document.Units[index + 1].Text : string.Empty;

        // A lead-in just before the unit is its neighbour already.
        var neighbours = LeadInOf(document, index) is int leadIn && leadIn < index - 1
            ? document.Units[leadIn].Text + " " + before + " " + after
            : before + " " + after;
        return From(unit, document.Facts.Kind) with { Neighbours = neighbours.Trim(), FocusArea = focusArea };
    }

    /// <summary>
    /// For a list item, the index of the sentence that introduces its list ("The areas for improvement identified
    /// include:"), if there is one in the same section: it says what every item of the list is, not only the first.
    /// </summary>
    private static int? LeadInOf(InspectionDocument document, int index)
    {
        var unit = document.Units[index];
        if (unit.ListItem is null)
        {
            return null;
        }

        for (var i = index - 1; i >= 0 && index - i <= MaxListLength; i--)
        {
            var candidate = document.Units[i];
            if (candidate.Section != unit.Section || candidate.IsHeading)
            {
                return null;
            }

            if (candidate.Text.TrimEnd().EndsWith(':'))
            {
                return i;
            }

            if (candidate.ListItem is null)
            {
                return null;
            }
        }

        return null;
    }

    /// <summary>True when anything but the text and heading is known: then the area head trained with structure decides.</summary>
    internal bool HasStructure =>
        SectionKind is not null || SectionArea is not null || DocumentKind is not null || FocusArea is not null || IsListItem || IsHeading || Neighbours is { Length: > 0 };

    /// <summary>The same unit with everything but its text and heading forgotten (how raw sentences arrive).</summary>
    public UnitContext WithoutStructure() => new(Text, SectionHeading);
}
