using InspectionMiner.Structure;

namespace InspectionMiner.Classification;

/// <summary>A parsed document (facts, units, layout) with a finding for every unit.</summary>
/// <param name="Document">The parsed document.</param>
/// <param name="Units">Every unit of <see cref="InspectionDocument.Units"/> in order, with its finding.</param>
public sealed record MinedDocument(InspectionDocument Document, IReadOnlyList<ClassifiedUnit> Units)
{
    /// <summary>The document's facts (authority, kind, framework, dates, inspectors, grades).</summary>
    public DocumentFacts Facts => Document.Facts;

    /// <summary>The units that are findings: strengths, areas for improvement and recommendations.</summary>
    public IEnumerable<ClassifiedUnit> Findings => Units.Where(u => u.Finding.Type != Labels.FindingType.Neutral);
}
