using InspectionMiner.Labels;

namespace InspectionMiner.Facts;

/// <summary>The facts of an inspection document.</summary>
/// <param name="Authority">The local authority's canonical name (<see cref="LocalAuthority.Name"/>: "Barnet", "Kingston upon Hull"), or null when the name printed is no English authority's (then <see cref="Warnings"/> says so).</param>
/// <param name="Kind">The document's kind.</param>
/// <param name="Framework">The inspection framework.</param>
/// <param name="InspectionStart">First day of the inspection or visit.</param>
/// <param name="InspectionEnd">Last day of the inspection or visit.</param>
/// <param name="Published">The report's publication date or the letter's date, where printed.</param>
/// <param name="LeadInspector">The lead inspector's name, where printed.</param>
/// <param name="Inspectors">The inspectors named in the document.</param>
/// <param name="Focus">A focused or monitoring visit's stated focus ("the local authority's arrangements for care leavers"), else null.</param>
/// <param name="Grades">Every judgement's grade.</param>
/// <example>
/// <code>
/// InspectionDocument doc = await new DocumentParser().ParseAsync("letter.pdf", ct);
/// DocumentFacts f = doc.Facts;
/// Console.WriteLine($"{f.Authority} ({f.Framework}) {f.Kind}, {f.InspectionStart:d MMMM yyyy} to {f.InspectionEnd:d MMMM yyyy}, published {f.Published}");
/// Console.WriteLine($"{f.LocalAuthority?.OnsCode} {f.LocalAuthority?.Region}, printed as \"{f.AuthorityAsPrinted}\"");
/// Console.WriteLine($"Lead inspector {f.LeadInspector}; inspectors: {string.Join(", ", f.Inspectors)}");
/// if (f.Kind == DocumentKind.FocusedVisit)
///     Console.WriteLine($"Focus: {f.Focus}");
/// </code>
/// </example>
public sealed record DocumentFacts(
    string? Authority,
    DocumentKind Kind,
    Framework? Framework,
    DateOnly? InspectionStart,
    DateOnly? InspectionEnd,
    DateOnly? Published,
    string? LeadInspector,
    IReadOnlyList<string> Inspectors,
    string? Focus,
    JudgementGrades Grades)
{
    /// <summary>The local authority with its codes, region and statistical neighbours, or null when unresolved.</summary>
    public LocalAuthority? LocalAuthority { get; init; }

    /// <summary>The authority's name as the document prints it ("London Borough of Barking and Dagenham", "Hull City Council"), or null.</summary>
    public string? AuthorityAsPrinted { get; init; }

    /// <summary>
    /// The judgement areas a visit's focus names ("children in need and those subject to a child protection plan":
    /// HelpAndProtection; "children over 14 but not care leavers": none of care leavers), empty for other documents.
    /// </summary>
    public IReadOnlyList<JudgementArea> FocusAreas { get; init; } = [];

    /// <summary>Facts that look wrong or could not be read, each naming its field and the text it came from.</summary>
    public IReadOnlyList<FactWarning> Warnings { get; init; } = [];
}
