using System.Globalization;
using InspectionMiner.Facts;
using InspectionMiner.Classification;
using InspectionMiner.Labels;
using InspectionMiner.Records;
using Microsoft.Data.Sqlite;

namespace InspectionMiner.Analysis;

/// <summary>
/// The findings database: an embedded SQLite file holding documents (with their facts and content hash), units and
/// their labels, themes, and the files that could not be read. Its columns carry the names of
/// <see cref="RecordSchema"/>; the view <c>unitRecords</c> gives exactly the unit rows of every other output. Each document is written in one transaction, so a
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
    private readonly SqliteConnection _connection;

    private FindingsDatabase(SqliteConnection connection) => _connection = connection;

    /// <summary>The database file.</summary>
    public string Path => _connection.DataSource;

    /// <summary>
    /// Opens (creating if needed) the database at <paramref name="path"/>. A database of the earlier snake_case schema
    /// is migrated to the current one in place; a file that is not a findings database throws
    /// <see cref="FindingsDatabaseException"/>.
    /// </summary>
    public static async Task<FindingsDatabase> OpenAsync(string path, CancellationToken cancellationToken = default)
    {
        var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = path, Pooling = false }.ToString());
        try
        {
            await connection.OpenAsync(cancellationToken).ConfigureAwait(false);
            await FindingsDatabaseSchema.EnsureAsync(connection, path, cancellationToken).ConfigureAwait(false);
        }
        catch (SqliteException e)
        {
            await connection.DisposeAsync().ConfigureAwait(false);
            throw new FindingsDatabaseException(path, $"not a findings database ({e.Message.Replace("SQLite Error ", string.Empty, StringComparison.Ordinal)})", e);
        }
        catch
        {
            await connection.DisposeAsync().ConfigureAwait(false);
            throw;
        }

        return new FindingsDatabase(connection);
    }

    /// <summary>True when a document with this content hash is already stored.</summary>
    public async Task<bool> ContainsAsync(string contentHash, CancellationToken cancellationToken = default)
    {
        await using var command = _connection.CreateCommand();
        command.CommandText = "SELECT 1 FROM documents WHERE contentHash = $h";
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
        var record = DocumentRecord.Of(path, document.Document);
        long id;
        await using (var insert = _connection.CreateCommand())
        {
            insert.Transaction = tx;
            insert.CommandText = FindingsDatabaseSchema.InsertDocument();
            var i = 0;
            foreach (var field in RecordSchema.Documents)
            {
                insert.Parameters.AddWithValue("$p" + (i++).ToString(CultureInfo.InvariantCulture), FindingsDatabaseSchema.DbValue(field.Kind, field.ValueOf(record)));
            }

            insert.Parameters.AddWithValue("$p" + i.ToString(CultureInfo.InvariantCulture), DateTimeOffset.UtcNow.ToString("O", CultureInfo.InvariantCulture));
            id = (long)(await insert.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false))!;
        }

        await using (var warning = _connection.CreateCommand())
        {
            warning.Transaction = tx;
            warning.CommandText = "INSERT INTO documentWarnings (documentId, field, message, source) VALUES ($d, $field, $message, $source)";
            foreach (var w in document.Facts.Warnings)
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
            unit.CommandText = FindingsDatabaseSchema.InsertUnit();
            theme.CommandText = "INSERT INTO unitThemes (documentId, unit, theme, probability) VALUES ($d, $u, $theme, $p)";
            var up = Enumerable.Range(0, RecordSchema.UnitOwn.Count + 1).Select(n => unit.Parameters.Add("$p" + n.ToString(CultureInfo.InvariantCulture), SqliteType.Text)).ToArray();
            var tp = new[] { "$d", "$u", "$theme", "$p" }.Select(n => theme.Parameters.Add(n, SqliteType.Text)).ToArray();
            up[0].Value = id;
            foreach (var c in document.Units)
            {
                var row = UnitRecord.Of(record, c);
                for (var i = 0; i < RecordSchema.UnitOwn.Count; i++)
                {
                    var field = RecordSchema.UnitOwn[i];
                    up[i + 1].Value = FindingsDatabaseSchema.DbValue(field.Kind, field.ValueOf(row));
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
            SELECT id, document, authority, kind, framework, year, inspectionStart, published, pages,
                   overallEffectiveness, impactOfLeaders, helpAndProtection, childrenInCare, careLeavers, ofstedUrn, adoption, lscb
            FROM documents ORDER BY COALESCE(inspectionStart, published), id
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
            command.CommandText = "SELECT documentId, unit, theme FROM unitThemes";
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
            command.CommandText = "SELECT documentId, unit, page, text, type, typeConfidence, area, section, needsReview FROM units WHERE type <> 'Neutral' ORDER BY documentId, unit";
            await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
            while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
            {
                var key = (reader.GetInt64(0), reader.GetInt32(1));
                result.Add(new StoredFinding(key.Item1, key.Item2, reader.GetInt32(2), reader.GetString(3), Enum.Parse<FindingType>(reader.GetString(4)),
                    reader.GetFloat(5), Enum.Parse<JudgementArea>(reader.GetString(6)), reader.IsDBNull(7) ? null : reader.GetString(7),
                    themes.TryGetValue(key, out var t) ? t : [])
                {
                    NeedsReview = reader.GetInt64(8) != 0,
                });
            }
        }

        return result;
    }

    /// <inheritdoc/>
    public async ValueTask DisposeAsync() => await _connection.DisposeAsync().ConfigureAwait(false);

    /// <inheritdoc/>
    public void Dispose() => _connection.Dispose();

}
