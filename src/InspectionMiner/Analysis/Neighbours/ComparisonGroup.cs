using InspectionMiner.Labels;

namespace InspectionMiner.Analysis;

/// <summary>
/// One column of a like-for-like comparison (<see cref="AuthorityComparison"/>): an authority, its statistical
/// neighbours, or every authority in the database, with its document counts, theme shares and latest grades.
/// </summary>
/// <param name="Name">The column's name ("Barnet", "Statistical neighbours", "England (database)").</param>
/// <param name="Authorities">The authorities in the group that have at least one counted document.</param>
/// <param name="Documents">The documents counted.</param>
/// <param name="Themes">Per theme, the share of the documents (and of the findings) that raise it.</param>
/// <param name="LatestGrades">Per judgement, how many of the group's authorities had each grade at their latest full inspection that made it.</param>
/// <example>
/// <code>
/// var c = AuthorityComparison.Of(docs, findings, AuthorityLookup.Find("Barnet")!, DocumentScope.FullInspections);
/// foreach (ComparisonGroup g in c.Columns)
///     Console.WriteLine($"{g.Name}: {g.Documents} documents of {g.Authorities.Count} authorities, workforce in " +
///                       $"{g.Themes.Single(t =&gt; t.Theme == Theme.Workforce).ShareOfDocuments:P0}, " +
///                       $"{g.LatestGrades[Judgement.OverallEffectiveness].GetValueOrDefault(Grade.Good)} judged good overall");
/// </code>
/// </example>
public sealed record ComparisonGroup(
    string Name,
    IReadOnlyList<string> Authorities,
    int Documents,
    IReadOnlyList<ThemePrevalence> Themes,
    IReadOnlyDictionary<Judgement, IReadOnlyDictionary<Grade, int>> LatestGrades);
