using InspectionMiner.Facts;
using InspectionMiner.Labels;

namespace InspectionMiner.Analysis;

/// <summary>A document as the findings database holds it.</summary>
/// <param name="Id">Its row id.</param>
/// <param name="Path">The file it was mined from.</param>
/// <param name="Authority">The local authority, if extracted.</param>
/// <param name="Kind">The document kind.</param>
/// <param name="Framework">The inspection framework, if known.</param>
/// <param name="Year">The year of the inspection (or of publication when the dates are unknown).</param>
/// <param name="Date">The inspection start (or publication) date.</param>
/// <param name="Pages">Its page count.</param>
/// <param name="Grades">Its judgement grades (as stored: without the page and text each was read from).</param>
/// <example>
/// <code>
/// await using var db = await FindingsDatabase.OpenAsync("findings.db", ct);
/// foreach (StoredDocument d in await db.DocumentsAsync(ct))   // oldest first
/// {
///     if (d.Kind == DocumentKind.StandardInspection &amp;&amp; d.Framework == Framework.Ilacs)
///         Console.WriteLine($"{d.Date:yyyy-MM-dd} {d.Authority}: {d.Grades.OverallEffectiveness} ({d.Path}, {d.Pages} pages)");
/// }
/// </code>
/// </example>
public sealed record StoredDocument(long Id, string Path, string? Authority, DocumentKind Kind, Framework? Framework, int? Year, DateOnly? Date, int Pages, JudgementGrades Grades)
{
    /// <summary>The local authority with its codes, region and statistical neighbours, or null when unresolved.</summary>
    public LocalAuthority? LocalAuthority { get; init; }
}
