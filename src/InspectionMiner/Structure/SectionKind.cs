namespace InspectionMiner.Structure;

/// <summary>What a section of a document is for.</summary>
/// <example>
/// <code>
/// InspectionDocument doc = await new DocumentParser().ParseAsync("report.pdf", ct);
/// // The recommendations as printed under "What needs to improve?".
/// var toImprove = doc.Units
///     .Where(u =&gt; u.Section.Kind == SectionKind.ImprovementList &amp;&amp; !u.IsHeading)
///     .Select(u =&gt; u.Text)
///     .ToList();
/// string summary = string.Join(" ", doc.Units.Where(u =&gt; u.Section.Kind == SectionKind.Summary &amp;&amp; !u.IsHeading).Select(u =&gt; u.Text));
/// </code>
/// </example>
public enum SectionKind
{
    /// <summary>Anything else: front matter, contents, context, method, findings without a judgement.</summary>
    Other = 0,
    /// <summary>A summary: "Executive summary", "Overview", "Headline findings", the text after the grade table.</summary>
    Summary,
    /// <summary>A list of what must improve: "What needs to improve?", "Areas for improvement", "Recommendations".</summary>
    ImprovementList,
    /// <summary>A judgement section, such as "The experiences and progress of children in care: good".</summary>
    Judgement,
}
