using InspectionMiner.Labels;

namespace InspectionMiner.Structure;

/// <summary>A section of a document: its heading and what it is.</summary>
/// <param name="Heading">The heading text, or null for text before any heading (such as an ILACS report's summary).</param>
/// <param name="Kind">What the section is for.</param>
/// <param name="Area">The judgement area of a judgement section, or of an improvement list inside one; else null.</param>
/// <param name="Grade">The grade printed in a judgement section's heading ("…: good"), else null.</param>
/// <param name="ParentHeading">For a sub-section of a judgement section ("Inspection findings", "Summary", "Areas for
/// improvement" under "The experiences and progress of children in care: good"), the judgement section's heading;
/// else null.</param>
/// <example>
/// <code>
/// InspectionDocument doc = await new DocumentParser().ParseAsync("report.pdf", ct);
/// // The judgement sections with the grade printed in their heading ("...: good").
/// foreach (Section s in doc.Units.Select(u =&gt; u.Section).Distinct().Where(s =&gt; s.Kind == SectionKind.Judgement))
///     Console.WriteLine($"{s.Area}: {s.Grade?.ToString() ?? "no grade printed"} ({s.Heading})");
/// </code>
/// </example>
public sealed record Section(string? Heading, SectionKind Kind, JudgementArea? Area, Grade? Grade, string? ParentHeading = null)
{
    /// <summary>The separator between a judgement section's heading and its sub-heading in <see cref="HeadingPath"/>.</summary>
    public const string PathSeparator = " › ";

    /// <summary>
    /// The heading a reader sees the section under: the judgement section's heading, then the sub-heading
    /// ("The experiences and progress of children in care: good › Inspection findings"); just <see cref="Heading"/>
    /// for a top-level section.
    /// </summary>
    public string? HeadingPath => (ParentHeading, Heading) switch
    {
        ({ } parent, { } own) when parent != own => parent + PathSeparator + own,
        (var parent, var own) => own ?? parent,
    };
}
