using System.Globalization;
using System.Text.Json;
using InspectionMiner.Classification;
using InspectionMiner.Records;
using Microsoft.Data.Sqlite;

namespace InspectionMiner.Analysis;

/// <summary>
/// The findings database's tables, built from <see cref="RecordSchema"/> so that its columns carry the records' names:
/// <c>documents</c> (one <see cref="DocumentRecord"/> per row), <c>units</c> (each unit's own fields),
/// <c>unitThemes</c>, <c>documentWarnings</c>, <c>failures</c>, <c>claims</c>, and the view <c>unitRecords</c> (exactly the <see cref="UnitRecord"/> rows every
/// other output writes). The schema's version is SQLite's <c>user_version</c>; a database of an earlier schema (the
/// snake_case schema 1, <c>user_version</c> 0; schema 2, without <c>needsReview</c>; schema 3, without
/// <c>focusAreas</c>) is migrated in place, a newer one is refused.
/// </summary>
internal static class FindingsDatabaseSchema
{
    private static readonly string[] DocumentColumns = [.. RecordSchema.Documents.Select(f => f.Name)];

    private static readonly string[] UnitColumns = [.. RecordSchema.UnitOwn.Select(f => f.Name)];

    /// <summary>Makes the database at <paramref name="connection"/> hold the current schema, creating or migrating it.</summary>
    public static async Task EnsureAsync(SqliteConnection connection, string path, CancellationToken ct)
    {
        await ExecuteAsync(connection, null, "PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL;", ct).ConfigureAwait(false);
        await using var tx = (SqliteTransaction)await connection.BeginTransactionAsync(ct).ConfigureAwait(false);
        var version = Convert.ToInt32(await ScalarAsync(connection, tx, "PRAGMA user_version", ct).ConfigureAwait(false), CultureInfo.InvariantCulture);
        var documentColumns = await ColumnsAsync(connection, tx, "documents", ct).ConfigureAwait(false);
        if (version > RecordSchema.Version)
        {
            throw new FindingsDatabaseException(path, $"written by a newer InspectionMiner (schema version {version}; this version reads {RecordSchema.Version} and older)");
        }

        if (version == RecordSchema.Version)
        {
            return;
        }

        var legacy = version == 0 && (documentColumns.Contains("content_hash")
            || (await ColumnsAsync(connection, tx, "failures", ct).ConfigureAwait(false)).Contains("path")
            || (await ColumnsAsync(connection, tx, "claims", ct).ConfigureAwait(false)).Contains("content_hash"));
        if (legacy)
        {
            await MigrateSnakeCaseAsync(connection, tx, ct).ConfigureAwait(false);
            version = 2;
        }
        else if (version is not (0 or 2 or 3) || (version == 0 && (documentColumns.Count > 0 || (await ColumnsAsync(connection, tx, "units", ct).ConfigureAwait(false)).Count > 0)))
        {
            throw new FindingsDatabaseException(path, $"not a findings database (schema version {version}, tables of another shape)");
        }

        if (version == 2)
        {
            await MigrateReviewFlagAsync(connection, tx, ct).ConfigureAwait(false);
            version = 3;
        }

        if (version == 3)
        {
            await MigrateFocusAreasAsync(connection, tx, ct).ConfigureAwait(false);
        }

        await ExecuteAsync(connection, tx, Create(), ct).ConfigureAwait(false);
        await ExecuteAsync(connection, tx, $"PRAGMA user_version = {RecordSchema.Version}", ct).ConfigureAwait(false);
        await tx.CommitAsync(ct).ConfigureAwait(false);
    }

    /// <summary>The SQL that stores a record field's value: ISO dates, lists as JSON arrays, booleans as 1 and 0, null as NULL.</summary>
    public static object DbValue(FieldKind kind, object? value) => value switch
    {
        null => DBNull.Value,
        DateOnly d => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        IReadOnlyList<string> list => JsonSerializer.Serialize(list),
        bool b => b ? 1L : 0L,
        _ when kind == FieldKind.Text => value.ToString()!,
        _ => value,
    };

    /// <summary>The statement that inserts a document (its fields and <c>minedAt</c>), returning its id; parameters <c>$p0…</c>.</summary>
    public static string InsertDocument() =>
        $"INSERT INTO documents ({string.Join(", ", DocumentColumns)}, minedAt) VALUES ({Parameters(DocumentColumns.Length + 1)}) RETURNING id";

    /// <summary>The statement that inserts a unit (<c>documentId</c> and its own fields); parameters <c>$p0…</c>.</summary>
    public static string InsertUnit() =>
        $"INSERT INTO units (documentId, {string.Join(", ", UnitColumns)}) VALUES ({Parameters(UnitColumns.Length + 1)})";

    private static string Parameters(int n) => string.Join(", ", Enumerable.Range(0, n).Select(i => "$p" + i.ToString(CultureInfo.InvariantCulture)));

    private static string Create()
    {
        static string Column<T>(RecordField<T> f) => $"{f.Name} {SqlType(f.Kind)}{(f.Nullable ? string.Empty : " NOT NULL")}";
        var documents = string.Join(",\n    ", RecordSchema.Documents.Select(f => f.Name == "contentHash" ? "contentHash TEXT NOT NULL UNIQUE" : Column(f)));
        var units = string.Join(",\n    ", RecordSchema.UnitOwn.Select(Column));
        var facts = string.Join(", ", RecordSchema.DocumentFacts.Select(f => "d." + f.Name));
        var own = string.Join(", ", UnitColumns.Select(c => "u." + c));
        return $"""
            CREATE TABLE IF NOT EXISTS documents (
                id INTEGER PRIMARY KEY,
                {documents},
                minedAt TEXT NOT NULL);
            CREATE TABLE IF NOT EXISTS units (
                documentId INTEGER NOT NULL REFERENCES documents(id),
                {units},
                PRIMARY KEY (documentId, unit));
            CREATE TABLE IF NOT EXISTS unitThemes (
                documentId INTEGER NOT NULL, unit INTEGER NOT NULL, theme TEXT NOT NULL, probability REAL NOT NULL,
                PRIMARY KEY (documentId, unit, theme));
            CREATE TABLE IF NOT EXISTS failures (document TEXT NOT NULL, error TEXT NOT NULL, at TEXT NOT NULL, contentHash TEXT);
            CREATE UNIQUE INDEX IF NOT EXISTS failures_once ON failures(document, COALESCE(contentHash, ''));
            CREATE TABLE IF NOT EXISTS documentWarnings (
                documentId INTEGER NOT NULL REFERENCES documents(id), field TEXT NOT NULL, message TEXT NOT NULL, source TEXT NOT NULL);
            CREATE TABLE IF NOT EXISTS claims (
                contentHash TEXT PRIMARY KEY, document TEXT NOT NULL, host TEXT NOT NULL, pid INTEGER NOT NULL, run TEXT NOT NULL, expires TEXT NOT NULL);
            CREATE INDEX IF NOT EXISTS units_type ON units(type);
            CREATE INDEX IF NOT EXISTS themes_theme ON unitThemes(theme);
            CREATE VIEW IF NOT EXISTS unitRecords AS
                SELECT {facts}, {own},
                    (SELECT json_group_array(theme) FROM (SELECT theme FROM unitThemes t
                        WHERE t.documentId = u.documentId AND t.unit = u.unit ORDER BY t.probability DESC, t.theme)) AS themes
                FROM units u JOIN documents d ON d.id = u.documentId
                ORDER BY d.id, u.unit;
            """;
    }

    private static string SqlType(FieldKind kind) => kind switch
    {
        FieldKind.Integer => "INTEGER",
        FieldKind.Number => "REAL",
        FieldKind.Boolean => "INTEGER",
        _ => "TEXT",
    };

    /// <summary>
    /// Schema 1 to 2: snake_case columns take the records' camelCase names (<c>path</c> becomes <c>document</c>,
    /// <c>urn</c> <c>ofstedUrn</c>, <c>authority_printed</c> <c>authorityAsPrinted</c>), <c>unit_themes</c> and
    /// <c>document_warnings</c> become <c>unitThemes</c> and <c>documentWarnings</c>, inspectors and warnings become JSON
    /// arrays, fields the database lacked are added empty (authority codes; <c>sectionArea</c>, which is NULL for units
    /// mined before; a failure's <c>contentHash</c>), and repeated failures of one file are kept once.
    /// </summary>
    private static async Task MigrateSnakeCaseAsync(SqliteConnection c, SqliteTransaction tx, CancellationToken ct)
    {
        foreach (var (from, to) in new[] { ("unit_themes", "unitThemes"), ("document_warnings", "documentWarnings") })
        {
            if ((await ColumnsAsync(c, tx, from, ct).ConfigureAwait(false)).Count > 0)
            {
                await ExecuteAsync(c, tx, $"ALTER TABLE {from} RENAME TO {to}", ct).ConfigureAwait(false);
            }
        }

        foreach (var table in new[] { "documents", "units", "unitThemes", "documentWarnings", "failures", "claims" })
        {
            foreach (var column in await ColumnsAsync(c, tx, table, ct).ConfigureAwait(false))
            {
                var renamed = column switch
                {
                    "path" => "document",
                    "urn" => "ofstedUrn",
                    "authority_printed" => "authorityAsPrinted",
                    _ => CamelCase(column),
                };
                if (renamed != column)
                {
                    await ExecuteAsync(c, tx, $"ALTER TABLE {table} RENAME COLUMN {column} TO {renamed}", ct).ConfigureAwait(false);
                }
            }
        }

        // Fields the database did not hold yet are added empty (a table it did not hold is made whole afterwards).
        var added = new List<(string Table, string Column, string Type)>();
        added.AddRange(RecordSchema.Documents.Select(f => ("documents", f.Name, SqlType(f.Kind) + (f.Kind == FieldKind.TextList ? " NOT NULL DEFAULT '[]'" : string.Empty))));
        added.AddRange(RecordSchema.UnitOwn.Select(f => ("units", f.Name, SqlType(f.Kind))));
        added.Add(("failures", "contentHash", "TEXT"));
        foreach (var (table, column, type) in added)
        {
            var columns = await ColumnsAsync(c, tx, table, ct).ConfigureAwait(false);
            if (columns.Count > 0 && !columns.Contains(column))
            {
                await ExecuteAsync(c, tx, $"ALTER TABLE {table} ADD COLUMN {column} {type}", ct).ConfigureAwait(false);
            }
        }

        if ((await ColumnsAsync(c, tx, "documentWarnings", ct).ConfigureAwait(false)).Count > 0)
        {
            await ExecuteAsync(c, tx, """
                UPDATE documents SET warnings = (SELECT json_group_array(w.field || ': ' || w.message || CASE WHEN w.source = '' THEN '' ELSE ' ("' || w.source || '")' END)
                    FROM documentWarnings w WHERE w.documentId = documents.id)
                WHERE EXISTS (SELECT 1 FROM documentWarnings w WHERE w.documentId = documents.id)
                """, ct).ConfigureAwait(false);
        }

        // Failures are recorded once per file and content: keep the newest row of each.
        if ((await ColumnsAsync(c, tx, "failures", ct).ConfigureAwait(false)).Count > 0)
        {
            await ExecuteAsync(c, tx, "DELETE FROM failures WHERE rowid NOT IN (SELECT MAX(rowid) FROM failures GROUP BY document, COALESCE(contentHash, ''))", ct).ConfigureAwait(false);
        }

        if ((await ColumnsAsync(c, tx, "documents", ct).ConfigureAwait(false)).Count == 0)
        {
            return;
        }

        var inspectors = new List<(long Id, string Json)>();
        await using (var read = c.CreateCommand())
        {
            read.Transaction = tx;
            read.CommandText = "SELECT id, inspectors FROM documents";
            await using var reader = await read.ExecuteReaderAsync(ct).ConfigureAwait(false);
            while (await reader.ReadAsync(ct).ConfigureAwait(false))
            {
                var names = reader.IsDBNull(1) ? [] : reader.GetString(1).Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
                inspectors.Add((reader.GetInt64(0), JsonSerializer.Serialize(names)));
            }
        }

        await using var update = c.CreateCommand();
        update.Transaction = tx;
        update.CommandText = "UPDATE documents SET inspectors = $j WHERE id = $id";
        var id = update.Parameters.Add("$id", SqliteType.Integer);
        var json = update.Parameters.Add("$j", SqliteType.Text);
        foreach (var (rowId, names) in inspectors)
        {
            id.Value = rowId;
            json.Value = names;
            await update.ExecuteNonQueryAsync(ct).ConfigureAwait(false);
        }
    }

    /// <summary>
    /// Schema 2 to 3: units gain <c>needsReview</c>, set from the confidences already stored with the embedded model's
    /// review threshold (type or area confidence below it), and the <c>unitRecords</c> view is made again to carry it.
    /// </summary>
    private static async Task MigrateReviewFlagAsync(SqliteConnection c, SqliteTransaction tx, CancellationToken ct)
    {
        var unitColumns = await ColumnsAsync(c, tx, "units", ct).ConfigureAwait(false);
        if (unitColumns.Count == 0)
        {
            // A database that stored documents only: the units table is made whole, with the column, below.
            return;
        }

        if (!unitColumns.Contains("needsReview"))
        {
            await ExecuteAsync(c, tx, "ALTER TABLE units ADD COLUMN needsReview INTEGER NOT NULL DEFAULT 0", ct).ConfigureAwait(false);
        }

        await using (var update = c.CreateCommand())
        {
            update.Transaction = tx;
            update.CommandText = "UPDATE units SET needsReview = COALESCE(typeConfidence < $t OR areaConfidence < $t, 0)";
            // The threshold as written in findings-model.json (0.6, not the float nearest it), as the stored confidences are rounded.
            update.Parameters.AddWithValue("$t", Math.Round((double)FindingClassifier.EmbeddedInfo().ReviewThreshold, 6));
            await update.ExecuteNonQueryAsync(ct).ConfigureAwait(false);
        }

        await ExecuteAsync(c, tx, "DROP VIEW IF EXISTS unitRecords", ct).ConfigureAwait(false);
    }

    /// <summary>
    /// Schema 3 to 4: documents gain <c>focusAreas</c>, read from the focus each one stores as the fact extractor reads
    /// it (<see cref="Facts.FocusReader.AreasOf"/>); documents without a focus get an empty list.
    /// </summary>
    private static async Task MigrateFocusAreasAsync(SqliteConnection c, SqliteTransaction tx, CancellationToken ct)
    {
        var documentColumns = await ColumnsAsync(c, tx, "documents", ct).ConfigureAwait(false);
        if (documentColumns.Count == 0)
        {
            // A database that stored no documents: the table is made whole, with the column, afterwards.
            return;
        }

        if (!documentColumns.Contains("focusAreas"))
        {
            await ExecuteAsync(c, tx, "ALTER TABLE documents ADD COLUMN focusAreas TEXT NOT NULL DEFAULT '[]'", ct).ConfigureAwait(false);
        }

        var focused = new List<(long Id, string Focus)>();
        await using (var read = c.CreateCommand())
        {
            read.Transaction = tx;
            read.CommandText = "SELECT id, focus FROM documents WHERE focus IS NOT NULL";
            await using var reader = await read.ExecuteReaderAsync(ct).ConfigureAwait(false);
            while (await reader.ReadAsync(ct).ConfigureAwait(false))
            {
                focused.Add((reader.GetInt64(0), reader.GetString(1)));
            }
        }

        await using var update = c.CreateCommand();
        update.Transaction = tx;
        update.CommandText = "UPDATE documents SET focusAreas = $areas WHERE id = $id";
        var id = update.Parameters.Add("$id", SqliteType.Integer);
        var areas = update.Parameters.Add("$areas", SqliteType.Text);
        foreach (var (rowId, focus) in focused)
        {
            id.Value = rowId;
            areas.Value = JsonSerializer.Serialize(Facts.FocusReader.AreasOf(focus).Select(a => a.ToString()));
            await update.ExecuteNonQueryAsync(ct).ConfigureAwait(false);
        }
    }

    private static string CamelCase(string snake)
    {
        var parts = snake.Split('_');
        return parts[0] + string.Concat(parts.Skip(1).Select(p => char.ToUpperInvariant(p[0]) + p[1..]));
    }

    private static async Task<HashSet<string>> ColumnsAsync(SqliteConnection c, SqliteTransaction tx, string table, CancellationToken ct)
    {
        var columns = new HashSet<string>(StringComparer.Ordinal);
        await using var command = c.CreateCommand();
        command.Transaction = tx;
        command.CommandText = "SELECT name FROM pragma_table_info($t)";
        command.Parameters.AddWithValue("$t", table);
        await using var reader = await command.ExecuteReaderAsync(ct).ConfigureAwait(false);
        while (await reader.ReadAsync(ct).ConfigureAwait(false))
        {
            columns.Add(reader.GetString(0));
        }

        return columns;
    }

    private static async Task ExecuteAsync(SqliteConnection c, SqliteTransaction? tx, string sql, CancellationToken ct)
    {
        await using var command = c.CreateCommand();
        command.Transaction = tx;
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync(ct).ConfigureAwait(false);
    }

    private static async Task<object?> ScalarAsync(SqliteConnection c, SqliteTransaction tx, string sql, CancellationToken ct)
    {
        await using var command = c.CreateCommand();
        command.Transaction = tx;
        command.CommandText = sql;
        return await command.ExecuteScalarAsync(ct).ConfigureAwait(false);
    }
}
