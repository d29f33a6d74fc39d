using InspectionMiner.Structure;

namespace InspectionMiner.Classification;

/// <summary>A parsed unit with the classifier's finding.</summary>
/// <param name="Unit">The unit: text, page, paragraph, section, offsets.</param>
/// <param name="Finding">Its type, area and themes with probabilities.</param>
/// <example>
/// <code>
/// MinedDocument doc = await miner.MineAsync("report.pdf", ct);
/// foreach (ClassifiedUnit u in doc.Units)
/// {
///     if (u.Finding.Type == FindingType.Strength &amp;&amp; u.Unit.Section.Kind == SectionKind.Judgement)
///         Console.WriteLine($"p{u.Unit.Page} para {u.Unit.Paragraph}: {u.Unit.Text} ({u.Finding.TypeConfidence:P0})");
/// }
/// </code>
/// </example>
public sealed record ClassifiedUnit(TextUnit Unit, Finding Finding);
