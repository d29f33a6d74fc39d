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
/// <param name="Grades">Its judgement grades.</param>
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
public sealed record StoredDocument(long Id, string Path, string? Authority, DocumentKind Kind, Framework? Framework, int? Year, DateOnly? Date, int Pages, StoredGrades Grades)
{
    /// <summary>The local authority with its codes, region and statistical neighbours, or null when unresolved.</summary>
    public LocalAuthority? LocalAuthority { get; init; }
}

/// <summary>
/// The ILACS judgement grades of a stored document (<see cref="StoredDocument.Grades"/>); <see cref="Grade.NotJudged"/>
/// where the document has none.
/// </summary>
/// <param name="OverallEffectiveness">Overall effectiveness.</param>
/// <param name="ImpactOfLeaders">The impact of leaders.</param>
/// <param name="HelpAndProtection">Children who need help and protection.</param>
/// <param name="ChildrenInCare">Children in care.</param>
/// <param name="CareLeavers">Care leavers.</param>
/// <example>
/// <code>
/// await using var db = await FindingsDatabase.OpenAsync("findings.db", ct);
/// var docs = await db.DocumentsAsync(ct);   // oldest first
/// // Authorities whose latest graded inspection judged services for care leavers inadequate.
/// var latest = docs
///     .Where(d =&gt; d.Authority is not null &amp;&amp; d.Grades.OverallEffectiveness != Grade.NotJudged)
///     .GroupBy(d =&gt; d.Authority)
///     .Select(g =&gt; g.Last());
/// foreach (StoredDocument d in latest.Where(d =&gt; d.Grades.CareLeavers == Grade.Inadequate))
///     Console.WriteLine($"{d.Authority} ({d.Year}): overall {d.Grades.OverallEffectiveness}, leaders {d.Grades.ImpactOfLeaders}");
/// </code>
/// </example>
public sealed record StoredGrades(Grade OverallEffectiveness, Grade ImpactOfLeaders, Grade HelpAndProtection, Grade ChildrenInCare, Grade CareLeavers);
