using InspectionMiner.Facts;
using InspectionMiner.Structure;

namespace InspectionMiner.Classification;

/// <summary>A parsed document (facts, units, layout) with a finding for every unit.</summary>
/// <param name="Document">The parsed document.</param>
/// <param name="Units">Every unit of <see cref="InspectionDocument.Units"/> in order, with its finding.</param>
/// <example>
/// <code>
/// MinedDocument doc = await miner.MineAsync("ilacs/leeds/2019-01-07.pdf", ct);
/// DocumentFacts facts = doc.Facts;
/// Console.WriteLine($"{facts.Authority} {facts.Kind} {facts.InspectionStart}: {doc.Units.Count} units, {doc.Findings.Count()} findings");
/// var recommendations = doc.Findings
///     .Where(u =&gt; u.Finding.Type == FindingType.Recommendation)
///     .Select(u =&gt; u.Unit.Text)
///     .ToList();
/// InspectionDocument parsed = doc.Document;   // clean text, layout blocks, footnotes
/// </code>
/// </example>
public sealed record MinedDocument(InspectionDocument Document, IReadOnlyList<ClassifiedUnit> Units)
{
    /// <summary>The document's facts (authority, kind, framework, dates, inspectors, grades).</summary>
    public DocumentFacts Facts => Document.Facts;

    /// <summary>The units that are findings: strengths, areas for improvement and recommendations.</summary>
    public IEnumerable<ClassifiedUnit> Findings => Units.Where(u => u.Finding.Type != Labels.FindingType.Neutral);
}
