using InspectionMiner.Facts;
using InspectionMiner.Analysis;
using InspectionMiner.Labels;
using Microsoft.Data.Sqlite;

namespace InspectionMiner.Tests.Analysis;

/// <summary>The findings database on real letters and the fictional samples.</summary>
public class FindingsDatabaseTests
{
    private static readonly Miner Miner = new();

    [Fact]
    public async Task A_document_is_stored_with_its_facts_units_and_labels_and_a_second_copy_is_skipped()
    {
        var path = Path.Combine(Path.GetTempPath(), "im-db-" + Guid.NewGuid().ToString("N") + ".db");
        var file = TestCorpus.FocusedVisit("hillingdon/2020-02-07.pdf");
        var mined = await Miner.MineAsync(file);
        await using (var db = await FindingsDatabase.OpenAsync(path))
        {
            Assert.True(await db.AddAsync(file, mined));
            Assert.False(await db.AddAsync("copy-of-" + file, mined));
            Assert.True(await db.ContainsAsync(mined.Document.ContentHash));
        }

        await using var check = new SqliteConnection($"Data Source={path};Pooling=False");
        await check.OpenAsync();
        Assert.Equal(1L, await Scalar(check, "SELECT COUNT(*) FROM documents"));
        Assert.Equal((long)mined.Units.Count, await Scalar(check, "SELECT COUNT(*) FROM units"));
        Assert.Equal("FocusedVisit", await Scalar(check, "SELECT kind FROM documents"));
        Assert.Equal(mined.Facts.Authority, await Scalar(check, "SELECT authority FROM documents"));
        Assert.Equal("Hillingdon", mined.Facts.Authority);
        Assert.Equal(80501L, await Scalar(check, "SELECT ofstedUrn FROM documents"));
        Assert.Equal("312|E09000017|London", await Scalar(check, "SELECT laCode || '|' || onsCode || '|' || region FROM documents"));
        Assert.Equal((long)mined.Facts.Warnings.Count, await Scalar(check, "SELECT COUNT(*) FROM documentWarnings"));
        Assert.Equal((long)mined.Units.Count(u => u.Finding.Type == FindingType.Recommendation), await Scalar(check, "SELECT COUNT(*) FROM units WHERE type = 'Recommendation'"));
        Assert.Equal((long)mined.Units.Sum(u => u.Finding.Themes.Count), await Scalar(check, "SELECT COUNT(*) FROM unitThemes"));
    }

    [Fact]
    public async Task A_database_written_before_authority_codes_existed_gets_them_and_stores_warnings()
    {
        var path = Path.Combine(Path.GetTempPath(), "im-db-" + Guid.NewGuid().ToString("N") + ".db");
        await using (var old = new SqliteConnection($"Data Source={path};Pooling=False"))
        {
            await old.OpenAsync();
            await using var create = old.CreateCommand();
            create.CommandText = """
                CREATE TABLE documents (id INTEGER PRIMARY KEY, path TEXT NOT NULL, content_hash TEXT NOT NULL UNIQUE,
                    authority TEXT, kind TEXT NOT NULL, framework TEXT, inspection_start TEXT, inspection_end TEXT, published TEXT, year INTEGER,
                    lead_inspector TEXT, inspectors TEXT, focus TEXT, pages INTEGER NOT NULL, overall_effectiveness TEXT, impact_of_leaders TEXT,
                    help_and_protection TEXT, children_in_care TEXT, care_leavers TEXT, adoption TEXT, lscb TEXT, mined_at TEXT NOT NULL)
                """;
            await create.ExecuteNonQueryAsync();
        }

        var sample = TestCorpus.Sample("westmarch-focused-visit.txt");
        var mined = await Miner.MineAsync(sample);
        await using (var db = await FindingsDatabase.OpenAsync(path))
        {
            Assert.True(await db.AddAsync(sample, mined));
        }

        await using var check = new SqliteConnection($"Data Source={path};Pooling=False");
        await check.OpenAsync();
        Assert.Equal("Westmarch", await Scalar(check, "SELECT authorityAsPrinted FROM documents"));
        Assert.Equal(DBNull.Value, await Scalar(check, "SELECT ofstedUrn FROM documents"));
        Assert.Equal("authority|Westmarch", await Scalar(check, "SELECT field || '|' || source FROM documentWarnings"));
        Assert.StartsWith("[\"authority: ", (string)(await Scalar(check, "SELECT warnings FROM documents"))!, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Recurring_themes_and_repeated_recommendations_are_found_between_two_letters_of_one_authority()
    {
        var path = Path.Combine(Path.GetTempPath(), "im-db-" + Guid.NewGuid().ToString("N") + ".db");
        await using var db = await FindingsDatabase.OpenAsync(path);
        foreach (var file in Directory.GetFiles(Path.Combine(TestCorpus.Shared, "focused-visits", "luton"), "*.pdf").Order().Take(3))
        {
            await db.AddAsync(file, await Miner.MineAsync(file));
        }

        var docs = await db.DocumentsAsync();
        var findings = await db.FindingsAsync();
        Assert.True(docs.Count >= 2);
        var recurrence = ThemeComparison.Recurrence(docs, findings);
        Assert.NotEmpty(recurrence);
        Assert.All(recurrence, r => Assert.True(r.Earlier.Date <= r.Later.Date));
        Assert.All(recurrence, r => Assert.Equal(r.Earlier.Authority, r.Later.Authority));

        var prevalence = ThemeComparison.Prevalence(docs, findings, GroupBy.Year);
        Assert.Equal(docs.Select(d => d.Year).Distinct().Count() * 22, prevalence.Count);
        Assert.All(prevalence, p => Assert.InRange(p.ShareOfDocuments, 0, 1));
    }

    [Fact]
    public void Recommendations_that_say_the_same_in_other_words_are_similar()
    {
        var sim = new TextSimilarity(["The timeliness of initial health assessments for children in care.", "The quality of pathway plans.", "Management oversight of private fostering."]);
        var same = sim.Similarity("The timeliness of initial health assessments for children in care.", "Initial health assessments for children entering care are not timely enough.");
        var other = sim.Similarity("The timeliness of initial health assessments for children in care.", "The quality of pathway plans for care leavers.");
        Assert.True(same > 0.3, $"same meaning: {same}");
        Assert.True(other < same, $"different meaning: {other} vs {same}");
    }

    private static async Task<object?> Scalar(SqliteConnection c, string sql)
    {
        await using var cmd = c.CreateCommand();
        cmd.CommandText = sql;
        return await cmd.ExecuteScalarAsync();
    }
}
