using InspectionMiner.Facts;
using InspectionMiner.Labels;
using InspectionMiner.Structure;

namespace InspectionMiner.Records;

/// <summary>
/// A document as every output writes it: one flat row of its facts (the <c>facts</c> command's records, the
/// findings database's <c>documents</c> table). Its fields, names and order are <see cref="RecordSchema.Documents"/>;
/// the same facts open every <see cref="UnitRecord"/>.
/// </summary>
/// <param name="Document">The file the document was read from, as given.</param>
/// <param name="ContentHash">XXH128 of the file's bytes (see <see cref="InspectionDocument.ContentHash"/>); null when it could not be read.</param>
/// <param name="Pages">Its page count.</param>
/// <param name="Authority">The local authority's canonical name ("Barnet", <see cref="LocalAuthority.Name"/>), or null when unresolved.</param>
/// <param name="AuthorityAsPrinted">The authority's name as the document prints it ("London Borough of Barnet").</param>
/// <param name="OfstedUrn">The authority's Ofsted unique reference number, if resolved.</param>
/// <param name="LaCode">The authority's three-digit local authority code, if known.</param>
/// <param name="OnsCode">The authority's ONS code ("E09000003"), if known.</param>
/// <param name="Region">The authority's region ("London"), if known.</param>
/// <param name="Kind">The document's kind.</param>
/// <param name="Framework">The inspection framework, if known.</param>
/// <param name="InspectionStart">The first day of the inspection or visit.</param>
/// <param name="InspectionEnd">The last day of the inspection or visit.</param>
/// <param name="Published">The publication date or the letter's date, where printed.</param>
/// <param name="Year">The document's year (<see cref="YearOf"/>).</param>
/// <param name="LeadInspector">The lead inspector, where printed.</param>
/// <param name="Inspectors">The inspectors named in the document.</param>
/// <param name="Focus">A focused or monitoring visit's stated focus.</param>
/// <param name="FocusAreas">The judgement areas that focus names (<see cref="DocumentFacts.FocusAreas"/>), empty for other documents.</param>
/// <param name="Grades">Every judgement's grade; null when the document could not be read.</param>
/// <param name="Warnings">What the fact extractor doubted, each as "field: message ("source")" (<see cref="FactWarning"/>).</param>
/// <param name="Error">Why the document could not be read; null when it was.</param>
/// <example>
/// <code>
/// InspectionDocument parsed = await new DocumentParser().ParseAsync("report.pdf", ct);
/// DocumentRecord row = DocumentRecord.Of("report.pdf", parsed);
/// Console.WriteLine($"{row.Authority} {row.Kind} {row.Year}: overall {row.Grades?.OverallEffectiveness}");
/// foreach (var field in RecordSchema.Documents)
///     Console.WriteLine($"{field.Name} = {field.ValueOf(row)}");
/// </code>
/// </example>
public sealed record DocumentRecord(
    string Document,
    string? ContentHash,
    int? Pages,
    string? Authority,
    string? AuthorityAsPrinted,
    int? OfstedUrn,
    string? LaCode,
    string? OnsCode,
    string? Region,
    DocumentKind? Kind,
    Framework? Framework,
    DateOnly? InspectionStart,
    DateOnly? InspectionEnd,
    DateOnly? Published,
    int? Year,
    string? LeadInspector,
    IReadOnlyList<string> Inspectors,
    string? Focus,
    IReadOnlyList<JudgementArea> FocusAreas,
    JudgementGrades? Grades,
    IReadOnlyList<string> Warnings,
    string? Error)
{
    /// <summary>The record of a parsed (or mined) document.</summary>
    /// <param name="document">The file it was read from, as the records should name it.</param>
    /// <param name="parsed">The parsed document.</param>
    public static DocumentRecord Of(string document, InspectionDocument parsed)
    {
        ArgumentNullException.ThrowIfNull(parsed);
        var f = parsed.Facts;
        var la = f.LocalAuthority;
        return new DocumentRecord(
            document, parsed.ContentHash, parsed.PageCount, f.Authority, f.AuthorityAsPrinted, la?.Urn, la?.LaCode, la?.OnsCode, la?.Region,
            f.Kind, f.Framework, f.InspectionStart, f.InspectionEnd, f.Published, YearOf(f), f.LeadInspector, f.Inspectors, f.Focus, f.FocusAreas, f.Grades,
            [.. f.Warnings.Select(Warning)], Error: null);
    }

    /// <summary>The record of a document that could not be read: its path and why, every fact null.</summary>
    /// <param name="document">The file.</param>
    /// <param name="error">Why it could not be read.</param>
    public static DocumentRecord Failed(string document, string error) =>
        new(document, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, [], null, [], null, [], error);

    /// <summary>A warning as the records write it: <c>field: message ("source")</c>, or <c>field: message</c> when no text was found.</summary>
    public static string Warning(FactWarning warning)
    {
        ArgumentNullException.ThrowIfNull(warning);
        return string.IsNullOrEmpty(warning.Source) ? $"{warning.Field}: {warning.Message}" : $"{warning.Field}: {warning.Message} (\"{warning.Source}\")";
    }

    /// <summary>
    /// The year a document belongs to: the year its inspection or visit started, or when no inspection date is
    /// printed, the year it was published; null when neither is known. Comparisons by year and every output use
    /// this one rule.
    /// </summary>
    public static int? YearOf(DocumentFacts facts)
    {
        ArgumentNullException.ThrowIfNull(facts);
        return facts.InspectionStart?.Year ?? facts.Published?.Year;
    }
}
