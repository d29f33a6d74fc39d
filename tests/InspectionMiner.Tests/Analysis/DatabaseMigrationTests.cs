using InspectionMiner.Analysis;
using InspectionMiner.Labels;
using Microsoft.Data.Sqlite;

namespace InspectionMiner.Tests.Analysis;

/// <summary>Databases of the earlier snake_case schema are migrated in place; files that are not findings databases are refused by name.</summary>
public class DatabaseMigrationTests
{
    /// <summary>The tables as InspectionMiner 0.3.0 made them (schema 1, <c>user_version</c> 0), with one stored letter.</summary>
    private const string SnakeCaseDatabase = """
        CREATE TABLE documents (
            id INTEGER PRIMARY KEY, path TEXT NOT NULL, content_hash TEXT NOT NULL UNIQUE,
            authority TEXT, kind TEXT NOT NULL, framework TEXT,
            inspection_start TEXT, inspection_end TEXT, published TEXT, year INTEGER,
            lead_inspector TEXT, inspectors TEXT, focus TEXT, pages INTEGER NOT NULL,
            overall_effectiveness TEXT, impact_of_leaders TEXT, help_and_protection TEXT, children_in_care TEXT,
            care_leavers TEXT, adoption TEXT, lscb TEXT, mined_at TEXT NOT NULL);
        CREATE TABLE units (
            document_id INTEGER NOT NULL REFERENCES documents(id),
            unit INTEGER NOT NULL, page INTEGER NOT NULL, paragraph TEXT, section TEXT, section_kind TEXT NOT NULL,
            text TEXT NOT NULL, hash TEXT NOT NULL,
            type TEXT NOT NULL, type_confidence REAL NOT NULL, area TEXT NOT NULL, area_confidence REAL NOT NULL,
            PRIMARY KEY (document_id, unit));
        CREATE TABLE unit_themes (document_id INTEGER NOT NULL, unit INTEGER NOT NULL, theme TEXT NOT NULL, probability REAL NOT NULL, PRIMARY KEY (document_id, unit, theme));
        CREATE TABLE failures (path TEXT NOT NULL, error TEXT NOT NULL, at TEXT NOT NULL);
        CREATE INDEX units_type ON units(type);
        CREATE INDEX themes_theme ON unit_themes(theme);
        INSERT INTO documents VALUES (1, 'letters/westmarch.txt', 'aaaabbbbccccddddaaaabbbbccccdddd', 'Westmarch', 'FocusedVisit', 'Ilacs',
            '2025-02-04', '2025-02-05', '2025-03-12', 2025, 'Alex Sample', 'Alex Sample; Sam Placeholder', 'children in need', 1,
            'NotJudged', 'NotJudged', 'NotJudged', 'NotJudged', 'NotJudged', 'NotJudged', 'NotJudged', '2026-01-01T00:00:00Z');
        INSERT INTO units VALUES (1, 0, 1, NULL, 'What needs to improve', 'ImprovementList', 'The timeliness of initial child protection conferences.', '0123456789abcdef',
            'Recommendation', 0.97, 'HelpAndProtection', 0.9);
        INSERT INTO units VALUES (1, 1, 1, NULL, NULL, 'Other', 'Dear Ms Example', 'fedcba9876543210', 'Neutral', 0.99, 'General', 0.99);
        INSERT INTO unit_themes VALUES (1, 0, 'Timeliness', 0.9), (1, 0, 'StrategyAndEnquiries', 0.4);
        INSERT INTO failures VALUES ('letters/broken.pdf', 'empty file', '2026-01-01T00:00:00Z');
        INSERT INTO failures VALUES ('letters/broken.pdf', 'empty file', '2026-01-02T00:00:00Z');
        """;

    /// <summary>The tables as InspectionMiner 0.4.0 made them (schema 2, before <c>needsReview</c>), with one stored letter of four units.</summary>
    private const string SchemaTwoDatabase = """
        CREATE TABLE documents (
            id INTEGER PRIMARY KEY, document TEXT NOT NULL, authority TEXT, authorityAsPrinted TEXT, ofstedUrn INTEGER, laCode TEXT, onsCode TEXT,
            region TEXT, kind TEXT, framework TEXT, inspectionStart TEXT, inspectionEnd TEXT, published TEXT, year INTEGER,
            contentHash TEXT NOT NULL UNIQUE, pages INTEGER, leadInspector TEXT, inspectors TEXT NOT NULL, focus TEXT,
            overallEffectiveness TEXT, impactOfLeaders TEXT, helpAndProtection TEXT, childrenInCare TEXT, careLeavers TEXT, adoption TEXT, lscb TEXT,
            gradeReadings TEXT NOT NULL, warnings TEXT NOT NULL, minedAt TEXT NOT NULL);
        CREATE TABLE units (
            documentId INTEGER NOT NULL REFERENCES documents(id), unit INTEGER NOT NULL, page INTEGER NOT NULL, paragraph TEXT, section TEXT,
            sectionKind TEXT NOT NULL, sectionArea TEXT, text TEXT NOT NULL, hash TEXT NOT NULL,
            type TEXT NOT NULL, typeConfidence REAL NOT NULL, area TEXT NOT NULL, areaConfidence REAL NOT NULL,
            PRIMARY KEY (documentId, unit));
        CREATE TABLE unitThemes (
            documentId INTEGER NOT NULL, unit INTEGER NOT NULL, theme TEXT NOT NULL, probability REAL NOT NULL,
            PRIMARY KEY (documentId, unit, theme));
        CREATE TABLE failures (document TEXT NOT NULL, error TEXT NOT NULL, at TEXT NOT NULL, contentHash TEXT);
        CREATE UNIQUE INDEX failures_once ON failures(document, COALESCE(contentHash, ''));
        CREATE TABLE documentWarnings (
            documentId INTEGER NOT NULL REFERENCES documents(id), field TEXT NOT NULL, message TEXT NOT NULL, source TEXT NOT NULL);
        CREATE TABLE claims (
            contentHash TEXT PRIMARY KEY, document TEXT NOT NULL, host TEXT NOT NULL, pid INTEGER NOT NULL, run TEXT NOT NULL, expires TEXT NOT NULL);
        CREATE INDEX units_type ON units(type);
        CREATE INDEX themes_theme ON unitThemes(theme);
        CREATE VIEW unitRecords AS
            SELECT d.document, d.authority, d.authorityAsPrinted, d.ofstedUrn, d.laCode, d.onsCode, d.region, d.kind, d.framework, d.inspectionStart,
                d.inspectionEnd, d.published, d.year, u.unit, u.page, u.paragraph, u.section, u.sectionKind, u.sectionArea, u.text, u.hash, u.type,
                u.typeConfidence, u.area, u.areaConfidence,
                (SELECT json_group_array(theme) FROM (SELECT theme FROM unitThemes t
                    WHERE t.documentId = u.documentId AND t.unit = u.unit ORDER BY t.probability DESC, t.theme)) AS themes
            FROM units u JOIN documents d ON d.id = u.documentId
            ORDER BY d.id, u.unit;
        INSERT INTO documents VALUES (1, 'letters/westmarch.txt', 'Westmarch', NULL, NULL, NULL, NULL, NULL, 'FocusedVisit', 'Ilacs', '2025-02-04', '2025-02-05',
            '2025-03-12', 2025, 'aaaabbbbccccddddaaaabbbbccccdddd', 1, 'Alex Sample', '["Alex Sample"]', NULL, 'NotJudged', 'NotJudged', 'NotJudged',
            'NotJudged', 'NotJudged', 'NotJudged', 'NotJudged', '[]', '[]', '2026-01-01T00:00:00Z');
        INSERT INTO units VALUES (1, 0, 1, NULL, 'What needs to improve', 'ImprovementList', NULL, 'The timeliness of conferences.', '0123456789abcdef', 'Recommendation', 0.97, 'HelpAndProtection', 0.9);
        INSERT INTO units VALUES (1, 1, 1, NULL, NULL, 'Other', NULL, 'Leaders know their services.', '1123456789abcdef', 'Strength', 0.55, 'Leadership', 0.95);
        INSERT INTO units VALUES (1, 2, 1, NULL, NULL, 'Other', NULL, 'Plans are not always updated.', '2123456789abcdef', 'AreaForImprovement', 0.8, 'ChildrenInCare', 0.5999);
        INSERT INTO units VALUES (1, 3, 1, NULL, NULL, 'Other', NULL, 'Dear Ms Example', '3123456789abcdef', 'Neutral', 0.6, 'General', 0.6);
        PRAGMA user_version = 2;
        """;

    private static string NewPath() => Path.Combine(Path.GetTempPath(), "im-migrate-" + Guid.NewGuid().ToString("N") + ".db");

    private static async Task ExecuteAsync(string path, string sql)
    {
        await using var c = new SqliteConnection($"Data Source={path};Pooling=False");
        await c.OpenAsync();
        await using var command = c.CreateCommand();
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync();
    }

    private static async Task<List<string>> ColumnsAsync(SqliteConnection c, string table)
    {
        await using var command = c.CreateCommand();
        command.CommandText = $"SELECT name FROM pragma_table_info('{table}')";
        await using var reader = await command.ExecuteReaderAsync();
        var names = new List<string>();
        while (await reader.ReadAsync())
        {
            names.Add(reader.GetString(0));
        }

        return names;
    }

    private static async Task<object?> ScalarAsync(SqliteConnection c, string sql)
    {
        await using var command = c.CreateCommand();
        command.CommandText = sql;
        return await command.ExecuteScalarAsync();
    }

    [Fact]
    public async Task A_snake_case_database_is_migrated_in_place_keeping_every_row()
    {
        var path = NewPath();
        await ExecuteAsync(path, SnakeCaseDatabase);

        await using (var db = await FindingsDatabase.OpenAsync(path))
        {
            var doc = Assert.Single(await db.DocumentsAsync());
            Assert.Equal(("letters/westmarch.txt", "Westmarch", DocumentKind.FocusedVisit, 2025), (doc.Path, doc.Authority, doc.Kind, doc.Year));
            var finding = Assert.Single(await db.FindingsAsync());
            Assert.Equal(FindingType.Recommendation, finding.Type);
            Assert.Equal([Theme.StrategyAndEnquiries, Theme.Timeliness], finding.Themes.OrderBy(t => t.ToString(), StringComparer.Ordinal));
            Assert.True(await db.ContainsAsync("aaaabbbbccccddddaaaabbbbccccdddd"));

            // New documents go in beside the migrated one.
            var file = TestCorpus.Sample("westmarch-inspection.md");
            Assert.True(await db.AddAsync(file, await new Miner().MineAsync(file)));
            Assert.Equal(2, (await db.DocumentsAsync()).Count);
        }

        await using var c = new SqliteConnection($"Data Source={path};Pooling=False");
        await c.OpenAsync();
        Assert.Equal(4L, await ScalarAsync(c, "PRAGMA user_version"));
        Assert.Equal(0L, await ScalarAsync(c, "SELECT SUM(needsReview) FROM unitRecords WHERE document = 'letters/westmarch.txt'"));
        Assert.Equal("[\"HelpAndProtection\"]", await ScalarAsync(c, "SELECT focusAreas FROM documents WHERE id = 1")); // focus 'children in need'
        var documents = await ColumnsAsync(c, "documents");
        Assert.Contains("contentHash", documents);
        Assert.Contains("document", documents);
        Assert.Contains("ofstedUrn", documents);
        Assert.DoesNotContain(documents, n => n.Contains('_', StringComparison.Ordinal));
        Assert.DoesNotContain(await ColumnsAsync(c, "units"), n => n.Contains('_', StringComparison.Ordinal));
        Assert.Equal(["document", "error", "at", "contentHash"], await ColumnsAsync(c, "failures"));
        Assert.Equal("[\"Alex Sample\",\"Sam Placeholder\"]", await ScalarAsync(c, "SELECT inspectors FROM documents WHERE id = 1"));
        Assert.Equal("[\"Timeliness\",\"StrategyAndEnquiries\"]", await ScalarAsync(c, "SELECT themes FROM unitRecords WHERE document = 'letters/westmarch.txt' AND unit = 0"));
        Assert.Equal(2L, await ScalarAsync(c, "SELECT COUNT(*) FROM unitRecords WHERE document = 'letters/westmarch.txt'"));
        Assert.Equal(1L, await ScalarAsync(c, "SELECT COUNT(*) FROM failures"));
        Assert.Equal("2026-01-02T00:00:00Z", await ScalarAsync(c, "SELECT at FROM failures"));
    }

    [Fact]
    public async Task A_schema_two_database_gains_needs_review_from_the_confidences_it_stores()
    {
        var path = NewPath();
        await ExecuteAsync(path, SchemaTwoDatabase);
        await using (var db = await FindingsDatabase.OpenAsync(path))
        {
            Assert.Equal(3, (await db.FindingsAsync()).Count);
        }

        await using var c = new SqliteConnection($"Data Source={path};Pooling=False");
        await c.OpenAsync();
        Assert.Equal(4L, await ScalarAsync(c, "PRAGMA user_version"));
        Assert.Equal("0,1,1,0", await ScalarAsync(c, "SELECT group_concat(needsReview, ',') FROM (SELECT needsReview FROM unitRecords ORDER BY unit)"));

        // The view carries the unit record's fields in the record's order, needsReview included.
        await using var command = c.CreateCommand();
        command.CommandText = "SELECT * FROM unitRecords LIMIT 0";
        await using var reader = await command.ExecuteReaderAsync();
        Assert.Equal(Records.RecordSchema.Units.Select(f => f.Name), Enumerable.Range(0, reader.FieldCount).Select(reader.GetName));
    }

    [Fact]
    public async Task A_schema_three_database_gains_focus_areas_read_from_the_focus_it_stores()
    {
        // Schema 3 as InspectionMiner made it before focusAreas: schema 2 with needsReview, the view carrying it, and
        // three documents: a letter whose focus names care leavers but excludes them, one about children in care, a report.
        var path = NewPath();
        await ExecuteAsync(path, SchemaTwoDatabase.Replace("PRAGMA user_version = 2;", string.Empty, StringComparison.Ordinal) + """
            ALTER TABLE units ADD COLUMN needsReview INTEGER NOT NULL DEFAULT 0;
            DROP VIEW unitRecords;
            CREATE VIEW unitRecords AS
                SELECT d.document, d.authority, d.authorityAsPrinted, d.ofstedUrn, d.laCode, d.onsCode, d.region, d.kind, d.framework, d.inspectionStart,
                    d.inspectionEnd, d.published, d.year, u.unit, u.page, u.paragraph, u.section, u.sectionKind, u.sectionArea, u.text, u.hash, u.type,
                    u.typeConfidence, u.area, u.areaConfidence, u.needsReview,
                    (SELECT json_group_array(theme) FROM (SELECT theme FROM unitThemes t
                        WHERE t.documentId = u.documentId AND t.unit = u.unit ORDER BY t.probability DESC, t.theme)) AS themes
                FROM units u JOIN documents d ON d.id = u.documentId
                ORDER BY d.id, u.unit;
            UPDATE documents SET focus = 'the local authority''s arrangements for children over 14 but not care leavers' WHERE id = 1;
            INSERT INTO documents (id, document, kind, contentHash, pages, inspectors, focus, overallEffectiveness, impactOfLeaders, helpAndProtection,
                    childrenInCare, careLeavers, adoption, lscb, gradeReadings, warnings, minedAt)
                VALUES (2, 'letters/eastmarch.txt', 'FocusedVisit', 'bbbbccccddddaaaabbbbccccddddaaaa', 1, '[]', 'the local authority''s arrangements for children in care',
                    'NotJudged', 'NotJudged', 'NotJudged', 'NotJudged', 'NotJudged', 'NotJudged', 'NotJudged', '[]', '[]', '2026-01-01T00:00:00Z'),
                       (3, 'reports/eastmarch.md', 'StandardInspection', 'ccccddddaaaabbbbccccddddaaaabbbb', 1, '[]', NULL,
                    'Good', 'Good', 'Good', 'Good', 'NotJudged', 'NotJudged', 'NotJudged', '[]', '[]', '2026-01-01T00:00:00Z');
            PRAGMA user_version = 3;
            """);
        await using (var db = await FindingsDatabase.OpenAsync(path))
        {
            Assert.Equal(3, (await db.DocumentsAsync()).Count);
        }

        await using var c = new SqliteConnection($"Data Source={path};Pooling=False");
        await c.OpenAsync();
        Assert.Equal(4L, await ScalarAsync(c, "PRAGMA user_version"));
        Assert.Equal("[]", await ScalarAsync(c, "SELECT focusAreas FROM documents WHERE id = 1"));
        Assert.Equal("[\"ChildrenInCare\"]", await ScalarAsync(c, "SELECT focusAreas FROM documents WHERE id = 2"));
        Assert.Equal("[]", await ScalarAsync(c, "SELECT focusAreas FROM documents WHERE id = 3"));
        Assert.Subset((await ColumnsAsync(c, "documents")).ToHashSet(), Records.RecordSchema.Documents.Select(f => f.Name).ToHashSet());
        // The units and their review flags are untouched.
        Assert.Equal("0,0,0,0", await ScalarAsync(c, "SELECT group_concat(needsReview, ',') FROM (SELECT needsReview FROM unitRecords ORDER BY unit)"));
    }

    [Fact]
    public async Task Compare_and_report_read_a_migrated_database()
    {
        var path = NewPath();
        await ExecuteAsync(path, SnakeCaseDatabase);
        var html = Path.ChangeExtension(path, ".html");
        var (exit, _, err) = await ChildProcess.RunAsync("dotnet", [ChildProcess.Cli, "report", "--db", path, "--out", html], TimeSpan.FromMinutes(2));
        Assert.True(exit == 0, err);
        Assert.Contains("The timeliness of initial child protection conferences.", ReportPayload.Findings(await File.ReadAllTextAsync(html)).Select(f => f.Text));
        var (compareExit, csv, _) = await ChildProcess.RunAsync("dotnet", [ChildProcess.Cli, "compare", "--db", path, "--format", "csv"], TimeSpan.FromMinutes(2));
        Assert.Equal(0, compareExit);
        Assert.Contains("2025,Timeliness,1,1,1.000,1,1,1.000", csv);
    }

    [Fact]
    public async Task A_file_that_is_not_a_findings_database_is_refused_with_its_name_and_the_reason()
    {
        var text = Path.Combine(Path.GetTempPath(), "im-not-a-db-" + Guid.NewGuid().ToString("N") + ".db");
        await File.WriteAllTextAsync(text, "This is a letter, not a database. It is long enough to fill SQLite's header of one hundred bytes, and more.");
        var e = await Assert.ThrowsAsync<FindingsDatabaseException>(() => FindingsDatabase.OpenAsync(text));
        Assert.Equal(text, e.Path);
        Assert.Contains(text, e.Message);
        Assert.Contains("not a findings database", e.Message);

        var newer = NewPath();
        await ExecuteAsync(newer, "CREATE TABLE documents (id INTEGER PRIMARY KEY); PRAGMA user_version = 9;");
        var later = await Assert.ThrowsAsync<FindingsDatabaseException>(() => FindingsDatabase.OpenAsync(newer));
        Assert.Contains("newer InspectionMiner", later.Message);

        var other = NewPath();
        await ExecuteAsync(other, "CREATE TABLE documents (title TEXT, body TEXT);");
        var shape = await Assert.ThrowsAsync<FindingsDatabaseException>(() => FindingsDatabase.OpenAsync(other));
        Assert.Contains("another shape", shape.Message);

        var (exit, _, err) = await ChildProcess.RunAsync("dotnet", [ChildProcess.Cli, "report", "--db", text, "--out", text + ".html"], TimeSpan.FromMinutes(2));
        Assert.Equal(1, exit);
        Assert.Contains(text + ": not a findings database", err);
        Assert.DoesNotContain("   at ", err);

        var (mineExit, _, mineErr) = await ChildProcess.RunAsync("dotnet", [ChildProcess.Cli, "mine", TestCorpus.Sample("westmarch-focused-visit.txt"), "--db", newer, "--quiet"], TimeSpan.FromMinutes(2));
        Assert.Equal(1, mineExit);
        Assert.Contains(newer + ": written by a newer InspectionMiner", mineErr);
        Assert.DoesNotContain("   at ", mineErr);
    }
}
