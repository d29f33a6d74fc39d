using InspectionMiner.Classification;
using InspectionMiner.Labels;
using InspectionMiner.Structure;

namespace InspectionMiner.Records;

/// <summary>
/// A unit as every output writes it: one flat row with its document's facts, its place in the document, its text
/// and, for a mined unit, its finding. Its fields, names and order are <see cref="RecordSchema.Units"/> (mined) or
/// <see cref="RecordSchema.ParsedUnits"/> (parsed only).
/// </summary>
/// <param name="Source">The document the unit comes from; its facts open the row.</param>
/// <param name="Unit">0-based position of the unit in its document.</param>
/// <param name="Page">The page it is printed on (1-based).</param>
/// <param name="Paragraph">The paragraph number printed before it ("12", "3.4"), else null.</param>
/// <param name="Section">The heading of the section it sits in, else null.</param>
/// <param name="SectionKind">What its section is for.</param>
/// <param name="SectionArea">The judgement area its section gives (a judgement section, or an improvement list inside one), else null.</param>
/// <param name="Text">Its clean text.</param>
/// <param name="Hash">The stable key of its text (<see cref="TextUnit.Hash"/>).</param>
/// <param name="Type">Its finding type; null for a unit that was parsed but not classified.</param>
/// <param name="TypeConfidence">The type's probability, rounded to 4 decimals.</param>
/// <param name="Area">Its classified judgement area.</param>
/// <param name="AreaConfidence">The area's probability, rounded to 4 decimals.</param>
/// <param name="NeedsReview">True when a person should read it (<see cref="Finding.NeedsReview"/>); null for a unit that was not classified.</param>
/// <param name="Themes">Its themes, most probable first.</param>
/// <example>
/// <code>
/// MinedDocument mined = await new Miner().MineAsync("letter.pdf", ct);
/// foreach (UnitRecord row in UnitRecord.AllOf("letter.pdf", mined, findingsOnly: true))
///     Console.WriteLine($"{row.Source.Authority} {row.Source.Year} p{row.Page} {row.Type} {row.Area} [{string.Join(";", row.Themes)}] {row.Text}");
/// </code>
/// </example>
public sealed record UnitRecord(
    DocumentRecord Source,
    int Unit,
    int Page,
    string? Paragraph,
    string? Section,
    SectionKind SectionKind,
    JudgementArea? SectionArea,
    string Text,
    string Hash,
    FindingType? Type,
    double? TypeConfidence,
    JudgementArea? Area,
    double? AreaConfidence,
    bool? NeedsReview,
    IReadOnlyList<Theme> Themes)
{
    /// <summary>The row of a parsed unit (no finding).</summary>
    public static UnitRecord Of(DocumentRecord source, TextUnit unit)
    {
        ArgumentNullException.ThrowIfNull(unit);
        return new UnitRecord(source, unit.Index, unit.Page, unit.Paragraph, unit.Section.Heading, unit.Section.Kind, unit.SectionArea, unit.Text, unit.Hash,
            null, null, null, null, null, []);
    }

    /// <summary>The row of a mined unit, with its finding.</summary>
    public static UnitRecord Of(DocumentRecord source, ClassifiedUnit unit)
    {
        ArgumentNullException.ThrowIfNull(unit);
        var f = unit.Finding;
        return Of(source, unit.Unit) with
        {
            Type = f.Type, TypeConfidence = Probability(f.TypeConfidence), Area = f.Area, AreaConfidence = Probability(f.AreaConfidence), NeedsReview = f.NeedsReview,
            Themes = f.Themes,
        };
    }

    /// <summary>Every unit of a mined document as a row, in order; with <paramref name="findingsOnly"/>, only the units that are not Neutral.</summary>
    /// <param name="document">The file the document was read from, as the rows should name it.</param>
    /// <param name="mined">The mined document.</param>
    /// <param name="findingsOnly">Leave out Neutral units.</param>
    public static IEnumerable<UnitRecord> AllOf(string document, MinedDocument mined, bool findingsOnly = false)
    {
        ArgumentNullException.ThrowIfNull(mined);
        var source = DocumentRecord.Of(document, mined.Document);
        return (findingsOnly ? mined.Findings : mined.Units).Select(u => Of(source, u));
    }

    /// <summary>Every unit of a parsed document as a row (no findings), in order.</summary>
    public static IEnumerable<UnitRecord> AllOf(string document, InspectionDocument parsed)
    {
        var source = DocumentRecord.Of(document, parsed);
        return parsed.Units.Select(u => Of(source, u));
    }

    /// <summary>A probability as the records give it: rounded to 4 decimals.</summary>
    internal static double Probability(float p) => Math.Round((double)p, 4);
}
