using InspectionMiner.Labels;

namespace InspectionMiner.Facts;

/// <summary>The facts of an inspection document.</summary>
/// <param name="Authority">The local authority, without "London Borough of", "Council" and the like ("Barnet"), or null.</param>
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
    JudgementGrades Grades);
