using System.Collections.Concurrent;
using InspectionMiner.Facts;
using InspectionMiner.Labels;

namespace InspectionMiner.Analysis;

/// <summary>
/// Recommendations followed through: each recommendation and area for improvement of an authority's document is
/// compared by meaning with every finding of every later document of the same authority (all of them, whatever their
/// kind, not only the next one), and is found raised again, still weak, now a strength, or not mentioned since, with
/// the later findings (text, page, document, date) as evidence.
/// </summary>
/// <remarks>
/// Matching is by <see cref="TextSimilarity"/>: TF-IDF weighted word stems and stem pairs learnt from every finding in
/// the database, compared by cosine; per later document, the closest finding of each type counts when its similarity
/// reaches <see cref="FollowThroughOptions.MinimumSimilarity"/>. Its precision and recall against readers are in
/// <c>docs/follow-through.md</c>.
/// </remarks>
/// <example>
/// <code>
/// await using var db = await FindingsDatabase.OpenAsync("findings.db", ct);
/// var followThrough = new FollowThrough(await db.DocumentsAsync(ct), await db.FindingsAsync(ct));
/// foreach (FollowUp f in followThrough.Of(AuthorityLookup.Find("Barnet")!))
///     Console.WriteLine($"{f.Document.Date:yyyy} {f.Finding.Text}: {f.Status} ({f.Evidence.Count} later mentions)");
/// </code>
/// </example>
public sealed class FollowThrough
{
    private static readonly FindingType[] Followed = [FindingType.Recommendation, FindingType.AreaForImprovement];
    private static readonly FindingType[] Compared = [FindingType.Recommendation, FindingType.AreaForImprovement, FindingType.Strength];

    private readonly IReadOnlyList<StoredDocument> _documents;
    private readonly ILookup<long, StoredFinding> _findings;
    private readonly TextSimilarity _similarity;
    private readonly FollowThroughOptions _options;
    private readonly ConcurrentDictionary<long, DocumentVectors> _vectors = [];

    /// <summary>Prepares matching over <paramref name="documents"/> and their <paramref name="findings"/> (term weights learnt from all of them).</summary>
    public FollowThrough(IReadOnlyList<StoredDocument> documents, IReadOnlyList<StoredFinding> findings, FollowThroughOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(documents);
        ArgumentNullException.ThrowIfNull(findings);
        _documents = documents;
        var compared = findings.Where(f => Compared.Contains(f.Type)).ToList();
        _findings = compared.ToLookup(f => f.DocumentId);
        _similarity = new TextSimilarity(compared.Select(f => f.Text));
        _options = options ?? new FollowThroughOptions();
    }

    /// <summary>
    /// Every recommendation and area for improvement of <paramref name="authority"/>'s dated documents, oldest first,
    /// each followed through all the authority's later documents. Safe to call for several authorities at once.
    /// </summary>
    public IReadOnlyList<FollowUp> Of(LocalAuthority authority)
    {
        ArgumentNullException.ThrowIfNull(authority);
        var ordered = Prepared(authority);
        var closest = new ClosestFindings();
        var result = new List<FollowUp>();
        for (var i = 0; i < ordered.Count; i++)
        {
            var earlier = ordered[i];
            var later = ordered.Skip(i + 1).Where(d => d.Document.Date > earlier.Document.Date).ToList();
            for (var k = 0; k < earlier.Findings.Length; k++)
            {
                if (!Followed.Contains(earlier.Findings[k].Type))
                {
                    continue;
                }

                closest.Compare(earlier.Vectors[k], _similarity.TermCount);
                var evidence = later.SelectMany(d => closest.In(d).Where(c => c.Similarity >= _options.MinimumSimilarity)
                    .Select(c => new FollowUpEvidence(d.Document, d.Findings[c.Index], c.Similarity))).ToList();
                result.Add(new FollowUp(earlier.Document, earlier.Findings[k], StatusOf(later.Count, evidence), evidence, later.Count));
            }
        }

        return result;
    }

    /// <summary>
    /// The pairs the matcher decides on for <paramref name="authority"/>: every recommendation and area for improvement
    /// with the closest finding (of any type) of each later document, scored, whether it matched or not.
    /// </summary>
    public IEnumerable<FollowUpCandidate> Candidates(LocalAuthority authority)
    {
        ArgumentNullException.ThrowIfNull(authority);
        var ordered = Prepared(authority);
        var closest = new ClosestFindings();
        for (var i = 0; i < ordered.Count; i++)
        {
            var earlier = ordered[i];
            for (var k = 0; k < earlier.Findings.Length; k++)
            {
                if (!Followed.Contains(earlier.Findings[k].Type))
                {
                    continue;
                }

                closest.Compare(earlier.Vectors[k], _similarity.TermCount);
                foreach (var later in ordered.Skip(i + 1).Where(d => d.Document.Date > earlier.Document.Date))
                {
                    if (closest.In(later) is [var best, ..])
                    {
                        yield return new FollowUpCandidate(earlier.Document, earlier.Findings[k], later.Document, later.Findings[best.Index], best.Similarity, best.Similarity >= _options.MinimumSimilarity);
                    }
                }
            }
        }
    }

    // The authority's dated documents, oldest first, with their findings' vectors.
    private List<DocumentVectors> Prepared(LocalAuthority authority) =>
        AuthorityLookup.DocumentsOf(_documents, authority).Where(d => d.Date is not null).OrderBy(d => d.Date).ThenBy(d => d.Id)
            .Select(d => _vectors.GetOrAdd(d.Id, _ => new DocumentVectors(d, [.. _findings[d.Id]], [.. _findings[d.Id].Select(f => _similarity.NumberedVector(f.Text))])))
            .ToList();

    private static FollowUpStatus StatusOf(int laterDocuments, List<FollowUpEvidence> evidence)
    {
        if (laterDocuments == 0)
        {
            return FollowUpStatus.NoLaterDocument;
        }

        if (evidence.Count == 0)
        {
            return FollowUpStatus.NotMentionedSince;
        }

        var latest = evidence.Where(e => e.Document.Id == evidence[^1].Document.Id).MaxBy(e => e.Similarity)!;
        return latest.Finding.Type switch
        {
            FindingType.Strength => FollowUpStatus.NowAStrength,
            FindingType.Recommendation => FollowUpStatus.RaisedAgain,
            _ => FollowUpStatus.StillWeak,
        };
    }
}
