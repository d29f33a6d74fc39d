namespace InspectionMiner.Analysis;

/// <summary>
/// How <see cref="ThemeComparison.Prevalence"/> groups documents: by inspection year, local authority or inspection
/// framework. Documents without the value fall in a group named <c>unknown</c>.
/// </summary>
/// <example>
/// <code>
/// await using var db = await FindingsDatabase.OpenAsync("findings.db", ct);
/// var docs = await db.DocumentsAsync(ct);
/// var findings = await db.FindingsAsync(ct);
///
/// // Which authorities raise workforce problems in the most inspections?
/// var workforce = ThemeComparison.Prevalence(docs, findings, GroupBy.Authority, ThemeComparison.ImprovementTypes)
///     .Where(p =&gt; p.Theme == Theme.Workforce &amp;&amp; p.Documents &gt;= 2)
///     .OrderByDescending(p =&gt; p.ShareOfDocuments);
/// foreach (var p in workforce.Take(10))
///     Console.WriteLine($"{p.Group}: {p.DocumentsWithTheme} of {p.Documents} inspections");
/// </code>
/// </example>
public enum GroupBy
{
    /// <summary>By inspection year.</summary>
    Year,

    /// <summary>By local authority.</summary>
    Authority,

    /// <summary>By inspection framework.</summary>
    Framework,
}
