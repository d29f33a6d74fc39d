namespace InspectionMiner.Analysis;

/// <summary>One inspection or visit in an authority's history (<see cref="AuthorityHistory.Of"/>).</summary>
/// <param name="Document">The stored document: its date, kind, framework, grades and path.</param>
/// <param name="Strengths">Its findings classified as strengths.</param>
/// <param name="AreasForImprovement">Its findings classified as areas for improvement.</param>
/// <param name="Recommendations">Its findings classified as recommendations.</param>
/// <example>
/// <code>
/// foreach (HistoryEntry e in AuthorityHistory.Of(docs, findings, la))
///     Console.WriteLine($"{e.Document.Date:yyyy-MM-dd} {e.Document.Kind} {e.Document.Framework} overall {e.Document.Grades.OverallEffectiveness}: " +
///                       $"{e.Strengths} strengths, {e.AreasForImprovement} areas for improvement, {e.Recommendations} recommendations");
/// </code>
/// </example>
public sealed record HistoryEntry(StoredDocument Document, int Strengths, int AreasForImprovement, int Recommendations)
{
    /// <summary>Whether the document is a full inspection (standard, short, re-inspection, pre-2013 council report) rather than a visit.</summary>
    public bool IsFullInspection => DocumentScopes.IsFullInspection(Document.Kind);

}
