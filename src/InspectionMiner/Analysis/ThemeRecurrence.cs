using InspectionMiner.Labels;

namespace InspectionMiner.Analysis;

/// <summary>Whether a theme raised as a weakness or recommendation carries over from one inspection to the next.</summary>
/// <example>
/// <code>
/// await using var db = await FindingsDatabase.OpenAsync("findings.db", ct);
/// var docs = await db.DocumentsAsync(ct);
/// var findings = await db.FindingsAsync(ct);
/// foreach (ThemeRecurrence r in ThemeComparison.Recurrence(docs, findings, authority: "Barnet"))
/// {
///     string verdict = r.Status switch
///     {
///         RecurrenceStatus.Recurring =&gt; "raised again",
///         RecurrenceStatus.New =&gt; "newly raised",
///         RecurrenceStatus.NoLongerAppears =&gt; "no longer raised",
///         _ =&gt; r.Status.ToString(),
///     };
///     Console.WriteLine($"{r.Earlier.Date} to {r.Later.Date}: {r.Theme} {verdict}");
/// }
/// </code>
/// </example>
public enum RecurrenceStatus
{
    /// <summary>Raised in both the earlier and the later document.</summary>
    Recurring,

    /// <summary>Raised in the later document only.</summary>
    New,

    /// <summary>Raised in the earlier document only.</summary>
    NoLongerAppears,
}

/// <summary>One theme of one authority between two consecutive documents.</summary>
/// <param name="Authority">The local authority.</param>
/// <param name="Earlier">The earlier document.</param>
/// <param name="Later">The later document.</param>
/// <param name="Theme">The theme.</param>
/// <param name="Status">Recurring, new, or no longer appearing.</param>
/// <param name="RepeatedRecommendations">Pairs of recommendations (earlier, later) on this theme that say the same thing in other words.</param>
/// <example>
/// <code>
/// await using var db = await FindingsDatabase.OpenAsync("findings.db", ct);
/// var recurrence = ThemeComparison.Recurrence(await db.DocumentsAsync(ct), await db.FindingsAsync(ct), authority: "Leeds");
/// foreach (ThemeRecurrence r in recurrence.Where(r =&gt; r.Status == RecurrenceStatus.Recurring))
///     Console.WriteLine($"{r.Authority} {r.Theme}: raised in {r.Earlier.Year} and again in {r.Later.Year}, " +
///                       $"{r.RepeatedRecommendations.Count} recommendations repeated");
/// </code>
/// </example>
public sealed record ThemeRecurrence(string Authority, StoredDocument Earlier, StoredDocument Later, Theme Theme, RecurrenceStatus Status, IReadOnlyList<RecommendationMatch> RepeatedRecommendations);

/// <summary>A recommendation of a later document matched by meaning to one of an earlier document.</summary>
/// <param name="Earlier">The earlier recommendation.</param>
/// <param name="Later">The later recommendation.</param>
/// <param name="Similarity">Cosine similarity of their weighted terms (0 to 1).</param>
/// <example>
/// <code>
/// await using var db = await FindingsDatabase.OpenAsync("findings.db", ct);
/// var recurrence = ThemeComparison.Recurrence(await db.DocumentsAsync(ct), await db.FindingsAsync(ct), authority: "Leeds");
/// foreach (ThemeRecurrence row in recurrence)
///     foreach (RecommendationMatch m in row.RepeatedRecommendations)
///         Console.WriteLine($"{row.Theme} ({m.Similarity:0.00}): \"{m.Earlier.Text}\" -&gt; \"{m.Later.Text}\"");
/// </code>
/// </example>
public sealed record RecommendationMatch(StoredFinding Earlier, StoredFinding Later, double Similarity);
