using InspectionMiner.Analysis;
using InspectionMiner.Facts;
using InspectionMiner.Labels;

namespace InspectionMiner.Tests.Analysis;

/// <summary>An authority's history, its recommendations followed through, and its statistical neighbours, on real Tameside documents.</summary>
public class AuthorityHistoryTests(AuthorityFixture fixture) : IClassFixture<AuthorityFixture>
{
    private static LocalAuthority Tameside => AuthorityLookup.Find("Tameside")!;

    [Theory]
    [InlineData("Tameside")]
    [InlineData("Tameside Metropolitan Borough Council")]
    [InlineData("tameside council")]
    [InlineData("80569")]
    [InlineData("357")]
    public void Any_name_URN_or_LA_code_finds_the_authority(string query) => Assert.Equal("Tameside", AuthorityLookup.Find(query)?.Name);

    [Fact]
    public void An_unknown_name_finds_none_and_suggests_the_nearest()
    {
        Assert.Null(AuthorityLookup.Find("Tamside"));
        Assert.Null(AuthorityLookup.Find("99999"));
        Assert.Equal("Tameside", AuthorityLookup.Suggest("Tamside")[0]);
    }

    [Fact]
    public void History_lists_every_document_of_the_authority_in_date_order_with_kind_framework_grades_and_counts()
    {
        var history = AuthorityHistory.Of(fixture.Documents, fixture.Findings, Tameside);
        Assert.Equal(5, history.Count);
        Assert.Equal(["2016-12-09.pdf", "2019-07-01.pdf", "2021-06-25.pdf", "2022-06-06.pdf", "2024-02-13.pdf"], history.Select(e => Path.GetFileName(e.Document.Path)));
        Assert.Equal(
            [DocumentKind.StandardInspection, DocumentKind.StandardInspection, DocumentKind.FocusedVisit, DocumentKind.FocusedVisit, DocumentKind.StandardInspection],
            history.Select(e => e.Document.Kind));
        Assert.Equal(Framework.Sif, history[0].Document.Framework);
        Assert.Equal(Framework.Ilacs, history[1].Document.Framework);
        Assert.Equal(Grade.Inadequate, history[0].Document.Grades.OverallEffectiveness);
        Assert.Equal(Grade.RequiresImprovement, history[1].Document.Grades.OverallEffectiveness);
        Assert.Equal(Grade.Inadequate, history[4].Document.Grades.OverallEffectiveness);
        Assert.Equal(Grade.NotJudged, history[2].Document.Grades.OverallEffectiveness);
        foreach (var e in history)
        {
            var own = fixture.Findings.Where(f => f.DocumentId == e.Document.Id).ToList();
            Assert.Equal(own.Count(f => f.Type == FindingType.Recommendation), e.Recommendations);
            Assert.Equal(own.Count(f => f.Type == FindingType.Strength), e.Strengths);
            Assert.Equal(own.Count(f => f.Type == FindingType.AreaForImprovement), e.AreasForImprovement);
            Assert.True(e.Recommendations > 0, $"{e.Document.Path} has recommendations");
        }

        Assert.Equal(3, AuthorityHistory.Of(fixture.Documents, fixture.Findings, Tameside, DocumentScope.FullInspections).Count);
        Assert.Equal(2, AuthorityHistory.Of(fixture.Documents, fixture.Findings, Tameside, DocumentScope.FocusedVisits).Count);
    }

    [Fact]
    public void A_2019_recommendation_is_found_raised_again_in_2023_across_two_intervening_letters()
    {
        var followUps = new FollowThrough(fixture.Documents, fixture.Findings).Of(Tameside);
        var permanence = followUps.Single(f => f.Finding.Type == FindingType.Recommendation && f.Finding.Text.StartsWith("Timeliness of achieving permanence", StringComparison.Ordinal));
        Assert.Equal("2019-07-01.pdf", Path.GetFileName(permanence.Document.Path));
        Assert.Equal(3, permanence.LaterDocuments);
        var again = permanence.Evidence.Single(e => e.Finding.Type == FindingType.Recommendation);
        Assert.Equal("2024-02-13.pdf", Path.GetFileName(again.Document.Path));
        Assert.Contains("achieving permanence", again.Finding.Text, StringComparison.Ordinal);
        Assert.True(again.Finding.Page > 0);
        var between = fixture.Documents.Count(d => d.Date > permanence.Document.Date && d.Date < again.Document.Date && AuthorityLookup.IdentityOf(d)?.Urn == Tameside.Urn);
        Assert.Equal(2, between);
        Assert.Equal(FollowUpStatus.RaisedAgain, permanence.Status);
        Assert.True(permanence.EverRaisedAgain);
    }

    [Fact]
    public void Every_recommendation_is_compared_with_every_later_document_and_the_latest_has_none()
    {
        var followThrough = new FollowThrough(fixture.Documents, fixture.Findings);
        var followUps = followThrough.Of(Tameside);
        Assert.All(followUps.Where(f => Path.GetFileName(f.Document.Path) == "2024-02-13.pdf"), f => Assert.Equal(FollowUpStatus.NoLaterDocument, f.Status));
        Assert.All(followUps.Where(f => Path.GetFileName(f.Document.Path) == "2016-12-09.pdf"), f => Assert.Equal(4, f.LaterDocuments));
        Assert.All(followUps.Where(f => f.Status == FollowUpStatus.NotMentionedSince), f => Assert.Empty(f.Evidence));
        Assert.Contains(followUps, f => f.Status == FollowUpStatus.NowAStrength && f.Latest!.Finding.Type == FindingType.Strength);

        var first = followUps.First(f => Path.GetFileName(f.Document.Path) == "2016-12-09.pdf");
        var pairs = followThrough.Candidates(Tameside).Where(p => p.Earlier == first.Finding).ToList();
        Assert.Equal(4, pairs.Select(p => p.LaterDocument.Id).Distinct().Count());
        Assert.All(pairs, p => Assert.Equal(p.Similarity >= new FollowThroughOptions().MinimumSimilarity, p.IsMatch));
    }

    [Fact]
    public void Every_pair_scores_exactly_the_cosine_of_the_two_texts_and_keeps_the_closest_finding_of_each_type()
    {
        FindingType[] compared = [FindingType.Recommendation, FindingType.AreaForImprovement, FindingType.Strength];
        var pool = fixture.Findings.Where(f => compared.Contains(f.Type)).ToList();
        var similarity = new TextSimilarity(pool.Select(f => f.Text));
        var minimum = new FollowThroughOptions().MinimumSimilarity;

        // Per later document and type, the first finding of the highest cosine, most similar first: compared text by text
        // (each text's term vector computed once, each earlier finding and later document compared once).
        var vectors = new Dictionary<string, Dictionary<string, double>>();
        Dictionary<string, double> VectorOf(string text) => vectors.TryGetValue(text, out var v) ? v : vectors[text] = similarity.Vector(text);
        var closest = new Dictionary<(long, int, long), List<(StoredFinding Finding, double Similarity)>>();
        List<(StoredFinding Finding, double Similarity)> Closest(StoredFinding earlier, StoredDocument later)
        {
            var key = (earlier.DocumentId, earlier.Unit, later.Id);
            if (!closest.TryGetValue(key, out var found))
                closest[key] = found = [.. pool.Where(f => f.DocumentId == later.Id)
                    .Select(f => (Finding: f, Similarity: TextSimilarity.Cosine(VectorOf(earlier.Text), VectorOf(f.Text))))
                    .GroupBy(e => e.Finding.Type).Select(g => g.MaxBy(e => e.Similarity)).OrderByDescending(e => e.Similarity)];
            return found;
        }

        var followThrough = new FollowThrough(fixture.Documents, fixture.Findings);
        var followUps = followThrough.Of(Tameside);
        Assert.True(followUps.Count(f => f.Evidence.Count > 0) >= 10);
        foreach (var f in followUps)
        {
            var later = fixture.Documents.Where(d => d.Date > f.Document.Date && AuthorityLookup.IdentityOf(d)?.Urn == Tameside.Urn).OrderBy(d => d.Date).ThenBy(d => d.Id);
            var expected = later.SelectMany(d => Closest(f.Finding, d).Where(e => e.Similarity >= minimum).Select(e => (d.Id, e.Finding.Unit, e.Similarity))).ToList();
            Assert.Equal(expected, f.Evidence.Select(e => (e.Document.Id, e.Finding.Unit, e.Similarity)).ToList());
        }

        var pairs = followThrough.Candidates(Tameside).ToList();
        Assert.True(pairs.Count > 100);
        Assert.All(pairs, p => Assert.Equal(Closest(p.Earlier, p.LaterDocument)[0], (p.Later, p.Similarity)));
    }

    [Fact]
    public void The_authority_is_compared_with_its_statistical_neighbours_and_all_authorities()
    {
        var comparison = AuthorityComparison.Of(fixture.Documents, fixture.Findings, Tameside);
        Assert.Equal(10, comparison.Neighbours.Count);
        Assert.Equal("Rotherham", comparison.Neighbours[0].Name);
        Assert.DoesNotContain(comparison.Neighbours, n => n.Name == "Bolton");
        var (own, neighbours, national) = (comparison.Columns[0], comparison.Columns[1], comparison.Columns[2]);
        Assert.Equal(("Tameside", 5), (own.Name, own.Documents));
        Assert.Equal(["Rotherham"], neighbours.Authorities);
        Assert.Equal(1, neighbours.Documents);
        Assert.Equal(["Bolton", "Rotherham", "Tameside"], national.Authorities);
        Assert.Equal(7, national.Documents);
        Assert.Equal(1, own.LatestGrades[Judgement.OverallEffectiveness][Grade.Inadequate]);
        Assert.Empty(neighbours.LatestGrades[Judgement.OverallEffectiveness]);
        Assert.All(comparison.Columns, g => Assert.Equal(Enum.GetValues<Theme>().Length, g.Themes.Count));
        Assert.All(own.Themes, t => Assert.Equal(5, t.Documents));

        var inspections = AuthorityComparison.Of(fixture.Documents, fixture.Findings, Tameside, DocumentScope.FullInspections, Framework.Ilacs);
        Assert.Equal([2, 0, 2], inspections.Columns.Select(g => g.Documents));
    }
}
