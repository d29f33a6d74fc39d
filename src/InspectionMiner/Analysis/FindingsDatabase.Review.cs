using System.Text.Json;
using InspectionMiner.Classification;
using InspectionMiner.Classification.Training;
using InspectionMiner.Labels;
using Microsoft.Data.Sqlite;

namespace InspectionMiner.Analysis;

/// <summary>The units the database has flagged for review (<c>needsReview</c>), read for <see cref="ReviewQueue.FromDatabaseAsync"/>.</summary>
public sealed partial class FindingsDatabase
{
    /// <summary>
    /// The stored units whose <c>needsReview</c> is set, of the documents <paramref name="documentIds"/> (every document
    /// when null), least confident first (the lower of type and area confidence, then document and unit), at most
    /// <paramref name="limit"/> of them; each with the stored unit before it in its document.
    /// </summary>
    internal async Task<IReadOnlyList<ReviewItem>> FlaggedUnitsAsync(IReadOnlyCollection<long>? documentIds, int? limit, CancellationToken cancellationToken)
    {
        await using var command = _connection.CreateCommand();
        command.CommandText = $"""
            SELECT d.document, u.hash, u.page, u.section,
                   (SELECT p.text FROM units p WHERE p.documentId = u.documentId AND p.unit = u.unit - 1),
                   u.text, u.type, u.typeConfidence, u.area, u.areaConfidence,
                   (SELECT json_group_array(json_array(theme, probability)) FROM (SELECT theme, probability FROM unitThemes t
                       WHERE t.documentId = u.documentId AND t.unit = u.unit ORDER BY t.probability DESC, t.theme))
            FROM units u JOIN documents d ON d.id = u.documentId
            WHERE u.needsReview <> 0 {(documentIds is null ? string.Empty : "AND u.documentId IN (SELECT value FROM json_each($ids))")}
            ORDER BY MIN(u.typeConfidence, u.areaConfidence), u.documentId, u.unit
            {(limit is null ? string.Empty : "LIMIT $limit")}
            """;
        if (documentIds is not null)
        {
            command.Parameters.AddWithValue("$ids", JsonSerializer.Serialize(documentIds));
        }

        if (limit is { } n)
        {
            command.Parameters.AddWithValue("$limit", n);
        }

        var items = new List<ReviewItem>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            items.Add(ReadItem(reader));
        }

        return items;
    }

    private static ReviewItem ReadItem(SqliteDataReader reader)
    {
        string? S(int i) => reader.IsDBNull(i) ? null : reader.GetString(i);
        var (type, typeConfidence) = (Enum.Parse<FindingType>(reader.GetString(6)), reader.GetFloat(7));
        var (area, areaConfidence) = (Enum.Parse<JudgementArea>(reader.GetString(8)), reader.GetFloat(9));
        var themes = new List<ScoredLabel<Theme>>();
        foreach (var pair in JsonDocument.Parse(S(10) ?? "[]").RootElement.EnumerateArray())
        {
            themes.Add(new ScoredLabel<Theme>(Enum.Parse<Theme>(pair[0].GetString()!), pair[1].GetSingle()));
        }

        // The database keeps the chosen labels and the themes that passed the threshold, not every alternative.
        var finding = new Finding(type, typeConfidence, area, areaConfidence, [.. themes.Select(t => t.Label)],
            [new ScoredLabel<FindingType>(type, typeConfidence)], [new ScoredLabel<JudgementArea>(area, areaConfidence)], themes)
        {
            NeedsReview = true,
        };
        return new ReviewItem(reader.GetString(0), reader.GetString(1), reader.GetInt32(2), S(3), S(4), reader.GetString(5), finding);
    }
}
