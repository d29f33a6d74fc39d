using InspectionMiner.Labels;

namespace InspectionMiner.Analysis;

/// <summary>A finding (a unit that is not Neutral) as the findings database holds it.</summary>
/// <param name="DocumentId">The document's row id.</param>
/// <param name="Unit">The unit's index in its document.</param>
/// <param name="Page">The page it is printed on.</param>
/// <param name="Text">Its text.</param>
/// <param name="Type">Its finding type.</param>
/// <param name="TypeConfidence">The type's probability.</param>
/// <param name="Area">Its judgement area.</param>
/// <param name="Section">Its section heading.</param>
/// <param name="Themes">Its themes.</param>
/// <example>
/// <code>
/// await using var db = await FindingsDatabase.OpenAsync("findings.db", ct);
/// IReadOnlyList&lt;StoredFinding&gt; findings = await db.FindingsAsync(ct);
/// var careLeaverRecommendations = findings
///     .Where(f =&gt; f.Type == FindingType.Recommendation &amp;&amp; f.Area == JudgementArea.CareLeavers)
///     .Where(f =&gt; f.TypeConfidence &gt;= 0.8f);
/// foreach (var f in careLeaverRecommendations)
///     Console.WriteLine($"document {f.DocumentId}, p{f.Page}, {f.Section}: {f.Text} [{string.Join(", ", f.Themes)}]");
/// </code>
/// </example>
public sealed record StoredFinding(long DocumentId, int Unit, int Page, string Text, FindingType Type, float TypeConfidence, JudgementArea Area, string? Section, IReadOnlyList<Theme> Themes)
{
    /// <summary>True when a person should read it: the model's type or area confidence was below its review threshold (<c>needsReview</c>).</summary>
    public bool NeedsReview { get; init; }
}
