using InspectionMiner.Facts;
using InspectionMiner.Labels;

namespace InspectionMiner.Analysis;

/// <summary>
/// An authority's history: every inspection and visit of one local authority in date order, with its kind, framework,
/// grades and the number of strengths, areas for improvement and recommendations found in it.
/// </summary>
/// <example>
/// <code>
/// await using var db = await FindingsDatabase.OpenAsync("findings.db", ct);
/// LocalAuthority la = AuthorityLookup.Find("Barnet") ?? throw new ArgumentException("unknown authority");
/// var history = AuthorityHistory.Of(await db.DocumentsAsync(ct), await db.FindingsAsync(ct), la);
/// foreach (HistoryEntry e in history)
///     Console.WriteLine($"{e.Document.Date:yyyy-MM-dd} {e.Document.Kind}: {e.Recommendations} recommendations");
/// </code>
/// </example>
public static class AuthorityHistory
{
    /// <summary>
    /// The documents of <paramref name="authority"/> (matched by its identity, whatever name the document prints),
    /// oldest first (undated last), each with its finding counts.
    /// </summary>
    /// <param name="documents">Every stored document.</param>
    /// <param name="findings">Their findings.</param>
    /// <param name="authority">The authority (<see cref="AuthorityLookup.Find"/>).</param>
    /// <param name="scope">Which kinds of document to list.</param>
    public static IReadOnlyList<HistoryEntry> Of(
        IReadOnlyList<StoredDocument> documents, IReadOnlyList<StoredFinding> findings, LocalAuthority authority, DocumentScope scope = DocumentScope.All)
    {
        ArgumentNullException.ThrowIfNull(documents);
        ArgumentNullException.ThrowIfNull(findings);
        ArgumentNullException.ThrowIfNull(authority);
        var own = AuthorityLookup.DocumentsOf(documents, authority).Where(d => DocumentScopes.Includes(scope, d.Kind)).ToList();
        var ids = own.Select(d => d.Id).ToHashSet();
        var counts = findings.Where(f => ids.Contains(f.DocumentId)).ToLookup(f => f.DocumentId);
        return own
            .OrderBy(d => d.Date is null).ThenBy(d => d.Date).ThenBy(d => d.Id)
            .Select(d => new HistoryEntry(d, Count(counts[d.Id], FindingType.Strength), Count(counts[d.Id], FindingType.AreaForImprovement), Count(counts[d.Id], FindingType.Recommendation)))
            .ToList();
    }

    private static int Count(IEnumerable<StoredFinding> findings, FindingType type) => findings.Count(f => f.Type == type);
}
