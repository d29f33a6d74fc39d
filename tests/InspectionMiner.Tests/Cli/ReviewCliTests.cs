using System.Globalization;
using CsvHelper;
using InspectionMiner.Analysis;
using InspectionMiner.Classification;
using InspectionMiner.Classification.Training;
using InspectionMiner.Labels;
using Microsoft.Data.Sqlite;

namespace InspectionMiner.Tests.Cli;

/// <summary>
/// <c>review --db</c>: the units a findings database of three real documents (two Tameside reports, a Hillingdon letter)
/// has flagged for review, written as the review sheet without mining again, and read back by <c>train --reviewed</c>.
/// </summary>
public class ReviewCliTests(ReviewCliTests.MinedDatabase mined) : IClassFixture<ReviewCliTests.MinedDatabase>
{
    private static Task<(int Exit, string Out, string Err)> RunAsync(params string[] args) =>
        ChildProcess.RunAsync("dotnet", [ChildProcess.Cli, .. args], TimeSpan.FromMinutes(5));

    [Fact]
    public async Task Review_from_the_database_writes_every_flagged_unit_with_the_unit_before_it_least_confident_first()
    {
        var sheet = mined.TempFile(".csv");
        var (exit, _, stderr) = await RunAsync("review", "--db", mined.DatabasePath, "--out", sheet);

        Assert.Equal(0, exit);
        var rows = ReadRows(sheet);
        var expected = await mined.QueryAsync("""
            SELECT d.document, u.hash, u.page, COALESCE(u.section, ''), COALESCE(p.text, ''), u.text, u.type, u.area
            FROM units u JOIN documents d ON d.id = u.documentId LEFT JOIN units p ON p.documentId = u.documentId AND p.unit = u.unit - 1
            WHERE u.needsReview = 1
            """);
        var units = (long)(await mined.QueryAsync("SELECT COUNT(*) FROM units"))[0][0];
        Assert.InRange(expected.Count, 10, units / 3);
        Assert.Contains($"{expected.Count} units flagged for review", stderr, StringComparison.Ordinal);
        string Key(IReadOnlyList<object> r) => string.Join('\u001f', r);
        Assert.Equal(
            expected.Select(Key).Order(StringComparer.Ordinal),
            rows.Select(r => Key([r["document"], r["hash"], long.Parse(r["page"], CultureInfo.InvariantCulture), r["section"], r["previous"], r["text"], r["type"], r["area"]])).Order(StringComparer.Ordinal));

        // The same units as mining the documents again flags, each with the same unit before it.
        Assert.Equal(
            mined.Mined.SelectMany(m => ReviewQueue.Of(m.Document, m.Path)).Select(i => (i.Document, i.Hash, i.Previous ?? string.Empty)).Order(),
            rows.Select(r => (r["document"], r["hash"], r["previous"])).Order());

        // Least confident first: the lower of type and area confidence never falls.
        var confidence = rows.Select(r => Math.Min(double.Parse(r["typeConfidence"], CultureInfo.InvariantCulture), double.Parse(r["areaConfidence"], CultureInfo.InvariantCulture))).ToList();
        Assert.Equal(confidence.Order(), confidence);
        Assert.All(confidence, c => Assert.InRange(c, 0, 0.6));
    }

    [Fact]
    public async Task A_reviewed_copy_of_the_sheet_is_read_back_as_hand_labels_that_resolve_to_their_units()
    {
        var sheet = mined.TempFile(".csv");
        Assert.Equal(0, (await RunAsync("review", "--db", mined.DatabasePath, "--out", sheet)).Exit);

        // A reviewer fills in the first two rows and leaves the rest.
        var lines = File.ReadAllLines(sheet);
        Assert.EndsWith(",,,", lines[1], StringComparison.Ordinal);
        lines[1] = lines[1][..^2] + "Strength,Leadership,Workforce";
        lines[2] = lines[2][..^2] + "AreaForImprovement,HelpAndProtection,";
        File.WriteAllLines(sheet, lines);

        var labels = ReviewSheet.Read(sheet);
        var rows = ReadRows(sheet);
        Assert.Equal(2, labels.Count);
        Assert.Equal((rows[0]["document"], rows[0]["hash"]), (labels[0].Document, labels[0].Hash));
        Assert.Equal((FindingType.Strength, JudgementArea.Leadership), (labels[0].Type, labels[0].Area));
        Assert.Equal([Theme.Workforce], labels[0].Themes);
        Assert.Empty(labels[1].Themes);
        Assert.Equal((FindingType.AreaForImprovement, JudgementArea.HelpAndProtection), (labels[1].Type, labels[1].Area));

        var set = await TrainingSetBuilder.BuildAsync(TestCorpus.Shared, labels);
        Assert.Empty(set.Unresolved);
        Assert.Equal(2, set.Hand.Count());
    }

    [Fact]
    public async Task Authority_and_limit_keep_the_least_confident_units_of_that_authority()
    {
        var sheet = mined.TempFile(".csv");
        var (exit, _, _) = await RunAsync("review", "--db", mined.DatabasePath, "--out", sheet, "--authority", "357", "--limit", "5");

        Assert.Equal(0, exit);
        var expected = await mined.QueryAsync("""
            SELECT d.document, u.hash FROM units u JOIN documents d ON d.id = u.documentId
            WHERE u.needsReview = 1 AND d.authority = 'Tameside'
            ORDER BY MIN(u.typeConfidence, u.areaConfidence), u.documentId, u.unit LIMIT 5
            """);
        Assert.Equal(5, expected.Count);
        Assert.Equal(expected.Select(r => ((string)r[0], (string)r[1])), ReadRows(sheet).Select(r => (r["document"], r["hash"])));
    }

    [Theory]
    [InlineData(new string[0], "needs documents to mine (PATH...) or a findings database")]
    [InlineData(new[] { "PATHS", "--db", "DB" }, "not both")]
    [InlineData(new[] { "--db", "DB", "--model", "x" }, "--model has no effect with --db")]
    [InlineData(new[] { "PATHS", "--limit", "3" }, "go with --db")]
    public async Task Documents_and_a_database_are_one_or_the_other(string[] args, string message)
    {
        var sheet = mined.TempFile(".csv");
        var (exit, _, stderr) = await RunAsync(["review", "--out", sheet, .. args.Select(a => a switch { "PATHS" => TestCorpus.FocusedVisit("hillingdon/2020-02-07.pdf"), "DB" => mined.DatabasePath, _ => a })]);

        Assert.Equal(1, exit);
        Assert.Contains(message, stderr, StringComparison.Ordinal);
        Assert.False(File.Exists(sheet));
    }

    private static List<Dictionary<string, string>> ReadRows(string path)
    {
        var rows = new List<Dictionary<string, string>>();
        using var csv = CsvReader.FromFile(path, CsvReaderOptions.Default with { Separator = ',' });
        csv.ReadHeader();
        while (csv.Read())
        {
            rows.Add(csv.Headers.ToDictionary(h => h, h => csv.GetString(h), StringComparer.Ordinal));
        }

        return rows;
    }

    /// <summary>Two Tameside reports and a Hillingdon letter mined once into a findings database, stored under their paths in the corpus.</summary>
    public sealed class MinedDatabase : IAsyncLifetime
    {
        private readonly string _folder = Directory.CreateTempSubdirectory("im-review-").FullName;

        public string DatabasePath => Path.Combine(_folder, "findings.db");

        public List<(string Path, MinedDocument Document)> Mined { get; } = [];

        public string TempFile(string extension) => Path.Combine(_folder, Guid.NewGuid().ToString("N") + extension);

        public async Task InitializeAsync()
        {
            var miner = new Miner();
            await using var db = await FindingsDatabase.OpenAsync(DatabasePath);
            foreach (var relative in new[] { "ilacs/tameside/2019-07-01.pdf", "focused-visits/hillingdon/2020-02-07.pdf", "ilacs/tameside/2024-02-13.pdf" })
            {
                var document = await miner.MineAsync(Path.Combine(TestCorpus.Shared, relative));
                Assert.True(await db.AddAsync(relative, document));
                Mined.Add((relative, document));
            }
        }

        public async Task<List<object[]>> QueryAsync(string sql)
        {
            await using var c = new SqliteConnection($"Data Source={DatabasePath};Mode=ReadOnly;Pooling=False");
            await c.OpenAsync();
            await using var command = c.CreateCommand();
            command.CommandText = sql;
            await using var reader = await command.ExecuteReaderAsync();
            var rows = new List<object[]>();
            while (await reader.ReadAsync())
            {
                var row = new object[reader.FieldCount];
                reader.GetValues(row);
                rows.Add(row);
            }

            return rows;
        }

        public Task DisposeAsync()
        {
            Directory.Delete(_folder, recursive: true);
            return Task.CompletedTask;
        }
    }
}
