using InspectionMiner.Labels;

namespace InspectionMiner.Structure;

/// <summary>A section of a document: its heading and what it is.</summary>
/// <param name="Heading">The heading text, or null for text before any heading (such as an ILACS report's summary).</param>
/// <param name="Kind">What the section is for.</param>
/// <param name="Area">The judgement area of a judgement section, or of an improvement list inside one; else null.</param>
/// <param name="Grade">The grade printed in a judgement section's heading ("…: good"), else null.</param>
public sealed record Section(string? Heading, SectionKind Kind, JudgementArea? Area, Grade? Grade);
