using InspectionMiner.Analysis;
using InspectionMiner.Facts;

namespace InspectionMiner.Classification.Training;

/// <summary>
/// The units that a person should read (<see cref="Finding.NeedsReview"/>), with the unit before each as context: of a
/// document just mined (<see cref="Of"/>), or of the documents a findings database already holds
/// (<see cref="FromDatabaseAsync"/>, no mining).
/// </summary>
/// <example>
/// <code>
/// MinedDocument mined = await miner.MineAsync("letter.pdf", ct);
/// using var writer = new StreamWriter("review.csv");
/// ReviewSheet.Write(writer, ReviewQueue.Of(mined, "letter.pdf"));
///
/// // Or the 200 least confident units a findings database has flagged, without mining again.
/// await using var db = await FindingsDatabase.OpenAsync("findings.db", ct);
/// ReviewSheet.Write(writer, await ReviewQueue.FromDatabaseAsync(db, limit: 200, cancellationToken: ct));
/// </code>
/// </example>
public static class ReviewQueue
{
    /// <summary>The flagged units of <paramref name="document"/>, in document order.</summary>
    /// <param name="document">A mined document.</param>
    /// <param name="documentPath">The path to record for it (the one <c>train --reviewed</c> will read it from).</param>
    public static IEnumerable<ReviewItem> Of(MinedDocument document, string documentPath)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(documentPath);
        for (var i = 0; i < document.Units.Count; i++)
        {
            var (unit, finding) = (document.Units[i].Unit, document.Units[i].Finding);
            if (finding.NeedsReview)
            {
                yield return new ReviewItem(documentPath, unit.Hash, unit.Page, unit.Section.HeadingPath, i > 0 ? document.Units[i - 1].Unit.Text : null, unit.Text, finding);
            }
        }
    }

    /// <summary>
    /// The units <paramref name="database"/> has flagged for review (its <c>needsReview</c> column, set when they were
    /// mined), least confident first: ordered by the lower of type and area confidence, then by document and position.
    /// Each comes with the stored unit before it in its document, its page, hash, document path as stored, type, area,
    /// confidences and themes. <see cref="ReviewItem.Section"/> is the heading the database stores (the unit's own
    /// section heading: for a sub-section of a judgement section, such as "Inspection findings", without the judgement
    /// heading that <see cref="Structure.Section.HeadingPath"/> puts before it). The finding's alternatives hold only
    /// what the database stores: the chosen type and area, and the themes that passed the model's threshold.
    /// </summary>
    /// <param name="database">An open findings database.</param>
    /// <param name="authority">Only the documents of this authority (matched by its identity, as <see cref="AuthorityLookup.DocumentsOf"/> does); every document when null.</param>
    /// <param name="limit">At most this many units (the least confident); every flagged unit when null.</param>
    /// <param name="cancellationToken">Cancels the query.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="limit"/> is less than 1.</exception>
    public static async Task<IReadOnlyList<ReviewItem>> FromDatabaseAsync(
        FindingsDatabase database, LocalAuthority? authority = null, int? limit = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(database);
        if (limit is < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(limit), limit, "at least 1");
        }

        var documents = authority is null
            ? null
            : AuthorityLookup.DocumentsOf(await database.DocumentsAsync(cancellationToken).ConfigureAwait(false), authority).Select(d => d.Id).ToList();
        return await database.FlaggedUnitsAsync(documents, limit, cancellationToken).ConfigureAwait(false);
    }
}
