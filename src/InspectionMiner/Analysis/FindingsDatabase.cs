using System.Globalization;
using InspectionMiner.Facts;
using InspectionMiner.Classification;
using InspectionMiner.Labels;
using Microsoft.Data.Sqlite;

namespace InspectionMiner.Analysis;

/// <summary>
/// The findings database: an embedded SQLite file holding documents (with their facts and content hash), units and
/// their labels, themes, and the files that could not be read. Each document is written in one transaction, so a
/// run that is killed loses at most the document it was writing; a document already there (same content hash) is
/// skipped. Write-ahead logging keeps readers and the writer apart. Not thread-safe: one writer per instance.
/// </summary>
/// <example>
/// <code>
/// await using var db = await FindingsDatabase.OpenAsync("findings.db", ct);
/// var miner = new Miner();
/// await foreach (MineResult r in miner.MineManyAsync(Directory.GetFiles("reports", "*.pdf"), cancellationToken: ct))
/// {
///     if (r.Document is { } doc)
///         await db.AddAsync(r.Path, doc, ct);        // false when the same content is already stored
///     else
///         await db.RecordFailureAsync(r.Path, r.Error!.Message, ct);
/// }
///
/// IReadOnlyList&lt;StoredDocument&gt; docs = await db.DocumentsAsync(ct);
/// IReadOnlyList&lt;StoredFinding&gt; findings = await db.FindingsAsync(ct);
/// var recommendations = findings.Count(f =&gt; f.Type == FindingType.Recommendation);
/// Console.WriteLine($"{docs.Count} documents, {findings.Count} findings, {recommendations} recommendations");
/// </code>
/// </example>
public sealed partial class FindingsDatabase : IAsyncDisposable, IDisposable
{
    private const string Schema = """
        PRAGMA journal_mode = WAL;
        PRAGMA synchronous = NORMAL;
        CREATE TABLE IF NOT EXISTS documents (
            id INTEGER PRIMARY KEY,
            path TEXT NOT NULL,
            content_hash TEXT NOT NULL UNIQUE,
            authority TEXT, authority_printed TEXT, urn INTEGER, la_code TEXT, ons_code TEXT, region TEXT,
            kind TEXT NOT NULL, framework TEXT,
            inspection_start TEXT, inspection_end TEXT, published TEXT, year INTEGER,
            lead_inspector TEXT, inspectors TEXT, focus TEXT, pages INTEGER NOT NULL,
            overall_effectiveness TEXT, impact_of_leaders TEXT, help_and_protection TEXT, children_in_care TEXT,
            care_leavers TEXT, adoption TEXT, lscb TEXT,
            mined_at TEXT NOT NULL);
        CREATE TABLE IF NOT EXISTS units (
            document_id INTEGER NOT NULL REFERENCES documents(id),
            unit INTEGER NOT NULL, page INTEGER NOT NULL, paragraph TEXT, section TEXT, section_kind TEXT NOT NULL,
            text TEXT NOT NULL, hash TEXT NOT NULL,
            type TEXT NOT NULL, type_confidence REAL NOT NULL, area TEXT NOT NULL, area_confidence REAL NOT NULL,
            PRIMARY KEY (document_id, unit));
        CREATE TABLE IF NOT EXISTS unit_themes (
            document_id INTEGER NOT NULL, unit INTEGER NOT NULL, theme TEXT NOT NULL, probability REAL NOT NULL,
            PRIMARY KEY (document_id, unit, theme));
        CREATE TABLE IF NOT EXISTS document_warnings (
            document_id INTEGER NOT NULL REFERENCES documents(id), field TEXT NOT NULL, message TEXT NOT NULL, source TEXT NOT NULL);
        CREATE INDEX IF NOT EXISTS units_type ON units(type);
        CREATE INDEX IF NOT EXISTS themes_theme ON unit_themes(theme);
        """;

    // Columns added to the documents table after its first release: a database written before gets them, empty, on opening.
    private static readonly (string Name, string Type)[] AddedDocumentColumns =
        [("authority_printed", "TEXT"), ("urn", "INTEGER"), ("la_code", "TEXT"), ("ons_code", "TEXT"), ("region", "TEXT")];

    private readonly SqliteConnection _connection;

    private FindingsDatabase(SqliteConnection connection) => _connection = connection;

    /// <summary>The database file.</summary>
    public string Path => _connection.DataSource;

    /// <summary>Opens (creating if needed) the database at <paramref name="path"/>.</summary>
    public static async Task<FindingsDatabase> OpenAsync(string path, CancellationToken cancellationToken = default)
    {
        var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = path, Pooling = false }.ToString());
        await connection.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using (var command = connection.CreateCommand())
        {
            command.CommandText = Schema;
            await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }

        await AddMissingColumnsAsync(connection, cancellationToken).ConfigureAwait(false);
        await CreateWorkTablesAsync(connection, cancellationToken).ConfigureAwait(false);
        return new FindingsDatabase(connection);
    }

    private static async Task AddMissingColumnsAsync(SqliteConnection connection, CancellationToken cancellationToken)
    {
        var existing = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        await using (var info = connection.CreateCommand())
        {
            info.CommandText = "SELECT name FROM pragma_table_info('documents')";
            await using var reader = await info.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
            while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
            {
                existing.Add(reader.GetString(0));
            }
        }

        foreach (var (name, type) in AddedDocumentColumns.Where(c => !existing.Contains(c.Name)))
        {
            await using var alter = connection.CreateCommand();
            alter.CommandText = $"ALTER TABLE documents ADD COLUMN {name} {type}";
            await alter.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>True when a document with this content hash is already stored.</summary>
    public async Task<bool> ContainsAsync(string contentHash, CancellationToken cancellationToken = default)
    {
        await using var command = _connection.CreateCommand();
        command.CommandText = "SELECT 1 FROM documents WHERE content_hash = $h";
        command.Parameters.AddWithValue("$h", contentHash);
        return await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false) is not null;
    }

    /// <summary>Stores a mined document in one transaction. Returns false (and writes nothing) when its content hash is already stored.</summary>
    public async Task<bool> AddAsync(string path, MinedDocument document, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(document);
        if (await ContainsAsync(document.Document.ContentHash, cancellationToken).ConfigureAwait(false))
        {
            return false;
        }

        await using var tx = (SqliteTransaction)await _connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        var f = document.Facts;
        long id;
        await using (var insert = _connection.CreateCommand())
        {
            insert.Transaction = tx;
            insert.CommandText = """
                INSERT INTO documents (path, content_hash, authority, authority_printed, urn, la_code, ons_code, region, kind, framework, inspection_start, inspection_end, published, year,
                    lead_inspector, inspectors, focus, pages, overall_effectiveness, impact_of_leaders, help_and_protection, children_in_care,
                    care_leavers, adoption, lscb, mined_at)
                VALUES ($path, $hash, $authority, $printed, $urn, $la, $ons, $region, $kind, $framework, $start, $end, $published, $year, $lead, $inspectors, $focus, $pages,
                    $oe, $il, $hp, $cic, $cl, $ad, $lscb, $at) RETURNING id
                """;
            var year = f.InspectionStart?.Year ?? f.Published?.Year;
            object Db(object? value) => value ?? DBNull.Value;
            insert.Parameters.AddWithValue("$path", path);
            insert.Parameters.AddWithValue("$hash", document.Document.ContentHash);
            insert.Parameters.AddWithValue("$authority", Db(f.Authority));
            insert.Parameters.AddWithValue("$printed", Db(f.AuthorityAsPrinted));
            insert.Parameters.AddWithValue("$urn", Db(f.LocalAuthority?.Urn));
            insert.Parameters.AddWithValue("$la", Db(f.LocalAuthority?.LaCode));
            insert.Parameters.AddWithValue("$ons", Db(f.LocalAuthority?.OnsCode));
            insert.Parameters.AddWithValue("$region", Db(f.LocalAuthority?.Region));
            insert.Parameters.AddWithValue("$kind", f.Kind.ToString());
            insert.Parameters.AddWithValue("$framework", Db(f.Framework?.ToString()));
            insert.Parameters.AddWithValue("$start", Db(Iso(f.InspectionStart)));
            insert.Parameters.AddWithValue("$end", Db(Iso(f.InspectionEnd)));
            insert.Parameters.AddWithValue("$published", Db(Iso(f.Published)));
            insert.Parameters.AddWithValue("$year", Db(year));
            insert.Parameters.AddWithValue("$lead", Db(f.LeadInspector));
            insert.Parameters.AddWithValue("$inspectors", string.Join("; ", f.Inspectors));
            insert.Parameters.AddWithValue("$focus", Db(f.Focus));
            insert.Parameters.AddWithValue("$pages", document.Document.PageCount);
            insert.Parameters.AddWithValue("$oe", f.Grades.OverallEffectiveness.ToString());
            insert.Parameters.AddWithValue("$il", f.Grades.ImpactOfLeaders.ToString());
            insert.Parameters.AddWithValue("$hp", f.Grades.HelpAndProtection.ToString());
            insert.Parameters.AddWithValue("$cic", f.Grades.ChildrenInCare.ToString());
            insert.Parameters.AddWithValue("$cl", f.Grades.CareLeavers.ToString());
            insert.Parameters.AddWithValue("$ad", f.Grades.Adoption.ToString());
            insert.Parameters.AddWithValue("$lscb", f.Grades.Lscb.ToString());
            insert.Parameters.AddWithValue("$at", DateTimeOffset.UtcNow.ToString("O", CultureInfo.InvariantCulture));
            id = (long)(await insert.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false))!;
        }

        await using (var warning = _connection.CreateCommand())
        {
            warning.Transaction = tx;
            warning.CommandText = "INSERT INTO document_warnings (document_id, field, message, source) VALUES ($d, $field, $message, $source)";
            foreach (var w in f.Warnings)
            {
                warning.Parameters.Clear();
                warning.Parameters.AddWithValue("$d", id);
                warning.Parameters.AddWithValue("$field", w.Field);
                warning.Parameters.AddWithValue("$message", w.Message);
                warning.Parameters.AddWithValue("$source", w.Source);
                await warning.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
            }
        }

        await using (var unit = _connection.CreateCommand())
        await using (var theme = _connection.CreateCommand())
        {
            unit.Transaction = tx;
            theme.Transaction = tx;
            unit.CommandText = """
                INSERT INTO units (document_id, unit, page, paragraph, section, section_kind, text, hash, type, type_confidence, area, area_confidence)
                VALUES ($d, $u, $page, $para, $section, $kind, $text, $hash, $type, $tc, $area, $ac)
                """;
            theme.CommandText = "INSERT INTO unit_themes (document_id, unit, theme, probability) VALUES ($d, $u, $theme, $p)";
            var up = new[] { "$d", "$u", "$page", "$para", "$section", "$kind", "$text", "$hash", "$type", "$tc", "$area", "$ac" }.Select(n => unit.Parameters.Add(n, SqliteType.Text)).ToArray();
            var tp = new[] { "$d", "$u", "$theme", "$p" }.Select(n => theme.Parameters.Add(n, SqliteType.Text)).ToArray();
            foreach (var c in document.Units)
            {
                object?[] values =
                [
                    id, c.Unit.Index, c.Unit.Page, c.Unit.Paragraph, c.Unit.Section.Heading, c.Unit.Section.Kind.ToString(), c.Unit.Text, c.Unit.Hash,
                    c.Finding.Type.ToString(), c.Finding.TypeConfidence, c.Finding.Area.ToString(), c.Finding.AreaConfidence,
                ];
                for (var i = 0; i < values.Length; i++)
                {
                    up[i].Value = values[i] ?? DBNull.Value;
                }

                await unit.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
                foreach (var t in c.Finding.Themes)
                {
                    tp[0].Value = id;
                    tp[1].Value = c.Unit.Index;
                    tp[2].Value = t.ToString();
                    tp[3].Value = c.Finding.ThemeScores.First(s => s.Label == t).Probability;
                    await theme.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
                }
            }
        }

        await tx.CommitAsync(cancellationToken).ConfigureAwait(false);
        return true;
    }

    /// <summary>Every stored document's facts, oldest first.</summary>
    public async Task<IReadOnlyList<StoredDocument>> DocumentsAsync(CancellationToken cancellationToken = default)
    {
        var result = new List<StoredDocument>();
        await using var command = _connection.CreateCommand();
        command.CommandText = """
            SELECT id, path, authority, kind, framework, year, inspection_start, published, pages,
                   overall_effectiveness, impact_of_leaders, help_and_protection, children_in_care, care_leavers, urn, adoption, lscb
            FROM documents ORDER BY COALESCE(inspection_start, published), id
            """;
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            string? S(int i) => reader.IsDBNull(i) ? null : reader.GetString(i);
            result.Add(new StoredDocument(
                reader.GetInt64(0), reader.GetString(1), S(2), Enum.Parse<DocumentKind>(reader.GetString(3)),
                S(4) is { } fw ? Enum.Parse<Framework>(fw) : null, reader.IsDBNull(5) ? null : reader.GetInt32(5),
                S(6) is { } st ? DateOnly.Parse(st, CultureInfo.InvariantCulture) : S(7) is { } pu ? DateOnly.Parse(pu, CultureInfo.InvariantCulture) : null,
                reader.GetInt32(8),
                new JudgementGrades(Enum.Parse<Grade>(reader.GetString(9)), Enum.Parse<Grade>(reader.GetString(10)), Enum.Parse<Grade>(reader.GetString(11)),
                    Enum.Parse<Grade>(reader.GetString(12)), Enum.Parse<Grade>(reader.GetString(13)), GradeOrNone(S(15)), GradeOrNone(S(16))))
            {
                LocalAuthority = reader.IsDBNull(14) ? null : LocalAuthorities.ByUrn(reader.GetInt32(14)),
            });
        }

        return result;
    }

    private static Grade GradeOrNone(string? stored) => stored is null ? Grade.NotJudged : Enum.Parse<Grade>(stored);

    /// <summary>Every stored finding (units that are not Neutral), with its themes.</summary>
    public async Task<IReadOnlyList<StoredFinding>> FindingsAsync(CancellationToken cancellationToken = default)
    {
        var themes = new Dictionary<(long, int), List<Theme>>();
        await using (var command = _connection.CreateCommand())
        {
            command.CommandText = "SELECT document_id, unit, theme FROM unit_themes";
            await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
            while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
            {
                var key = (reader.GetInt64(0), reader.GetInt32(1));
                if (!themes.TryGetValue(key, out var list))
                {
                    themes[key] = list = [];
                }

                list.Add(Enum.Parse<Theme>(reader.GetString(2)));
            }
        }

        var result = new List<StoredFinding>();
        await using (var command = _connection.CreateCommand())
        {
            command.CommandText = "SELECT document_id, unit, page, text, type, type_confidence, area, section FROM units WHERE type <> 'Neutral' ORDER BY document_id, unit";
            await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
            while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
            {
                var key = (reader.GetInt64(0), reader.GetInt32(1));
                result.Add(new StoredFinding(key.Item1, key.Item2, reader.GetInt32(2), reader.GetString(3), Enum.Parse<FindingType>(reader.GetString(4)),
                    reader.GetFloat(5), Enum.Parse<JudgementArea>(reader.GetString(6)), reader.IsDBNull(7) ? null : reader.GetString(7),
                    themes.TryGetValue(key, out var t) ? t : []));
            }
        }

        return result;
    }

    /// <inheritdoc/>
    public async ValueTask DisposeAsync() => await _connection.DisposeAsync().ConfigureAwait(false);

    /// <inheritdoc/>
    public void Dispose() => _connection.Dispose();

    private static string? Iso(DateOnly? date) => date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
