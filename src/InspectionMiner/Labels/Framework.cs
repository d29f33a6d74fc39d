namespace InspectionMiner.Labels;

/// <summary>The inspection framework a document belongs to, exactly as docs/labels.md names it.</summary>
/// <example>
/// <code>
/// await using var db = await FindingsDatabase.OpenAsync("findings.db", ct);
/// var docs = await db.DocumentsAsync(ct);
/// var findings = await db.FindingsAsync(ct);
///
/// // Compare like with like: SIF and ILACS to March 2026 share the four-point grades (PreSif had "adequate",
/// // ILACS 2026 has no overall effectiveness judgement).
/// var graded = docs.Where(d =&gt; d.Framework is Framework.Sif or Framework.Ilacs).ToList();
/// var byFramework = ThemeComparison.Prevalence(docs, findings, GroupBy.Framework);   // groups "PreSif", "Sif", "Ilacs", "Ilacs2026"
/// </code>
/// </example>
public enum Framework
{
    /// <summary>2009–2013 safeguarding and looked-after children inspections.</summary>
    PreSif,
    /// <summary>The single inspection framework, November 2013–2017.</summary>
    Sif,
    /// <summary>Inspecting local authority children's services, 2018–March 2026.</summary>
    Ilacs,
    /// <summary>ILACS after the April 2026 reform: no overall effectiveness judgement.</summary>
    Ilacs2026,
}
