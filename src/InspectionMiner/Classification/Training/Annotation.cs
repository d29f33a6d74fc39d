using InspectionMiner.Labels;

namespace InspectionMiner.Classification.Training;

/// <summary>
/// A hand label for one unit, keyed by the document's path under the corpus root and the hash of the unit's
/// normalised text (<see cref="Structure.UnitHash"/>), so no report text is stored with it.
/// </summary>
/// <param name="Document">The document's path relative to the corpus root, e.g. <c>ilacs/leeds/2019-01-07.pdf</c>.</param>
/// <param name="Hash">The unit's hash.</param>
/// <param name="Type">Its finding type.</param>
/// <param name="Area">Its judgement area.</param>
/// <param name="Themes">Its themes (possibly none).</param>
/// <param name="Annotator">Who labelled it (e.g. <c>agent:B03</c>).</param>
/// <example>
/// <code>
/// // Label a unit without storing its text: the document's path and the unit's hash identify it.
/// const string relative = "ilacs/leeds/2019-01-07.pdf";
/// InspectionDocument doc = await new DocumentParser().ParseAsync(Path.Combine(corpusRoot, relative), ct);
/// TextUnit unit = doc.Units.First(u =&gt; u.Text.StartsWith("Personal advisers", StringComparison.Ordinal));
/// var annotation = new Annotation(relative, unit.Hash, FindingType.AreaForImprovement, JudgementArea.CareLeavers,
///     [Theme.CareLeaverSupport], Annotator: "reviewer:jb");
/// await File.AppendAllTextAsync("corpus/annotations/hand.jsonl", AnnotationStore.ToLine(annotation) + "\n", ct);
/// </code>
/// </example>
public sealed record Annotation(string Document, string Hash, FindingType Type, JudgementArea Area, IReadOnlyList<Theme> Themes, string? Annotator = null);
