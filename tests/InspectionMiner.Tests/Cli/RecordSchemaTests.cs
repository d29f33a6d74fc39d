using System.Globalization;
using System.Text.Json;
using InspectionMiner.Records;
using Microsoft.Data.Sqlite;
using Microsoft.VisualBasic.FileIO;

namespace InspectionMiner.Tests.Cli;

/// <summary>
/// Mines the bundled samples and three real documents (an ILACS report, a focused-visit letter, a council report) once
/// into every output: JSON lines, CSV (spreadsheet-ready and raw), Parquet, .xlsx and the findings database, and
/// the facts as JSON and CSV.
/// </summary>
public sealed class MinedOutputs : IAsyncLifetime
{
    public string Dir { get; } = Directory.CreateTempSubdirectory("im-schema-").FullName;

    public string Db => Path.Combine(Dir, "findings.db");

    public List<JsonElement> Json { get; private set; } = [];

    public List<JsonElement> Facts { get; private set; } = [];

    public async Task InitializeAsync()
    {
        var input = Path.Combine(Dir, "in");
        Directory.CreateDirectory(input);
        foreach (var file in Directory.GetFiles(Path.Combine(TestCorpus.RepoRoot, "corpus", "samples")))
        {
            File.Copy(file, Path.Combine(input, Path.GetFileName(file)));
        }

        File.Copy(TestCorpus.Ilacs("luton/2022-09-05.pdf"), Path.Combine(input, "luton-2022.pdf"));
        File.Copy(TestCorpus.FocusedVisit("hillingdon/2020-02-07.pdf"), Path.Combine(input, "hillingdon-2020.pdf"));
        File.Copy(TestCorpus.Seed("004"), Path.Combine(input, "council-report.txt"));

        await Mine("--db", Db, "--out", Out("units.jsonl"));
        await Mine("--no-db", "--format", "csv", "--out", Out("units.csv"));
        await Mine("--no-db", "--format", "csv", "--raw-csv", "--out", Out("units-raw.csv"));
        await Mine("--no-db", "--format", "parquet", "--out", Out("units.parquet"));
        await Mine("--no-db", "--format", "xlsx", "--out", Out("units.xlsx"));
        Json = Lines(await File.ReadAllTextAsync(Out("units.jsonl")));

        var (exit, facts, _) = await RecordSchemaTests.RunAsync(Dir, "facts", "in");
        Assert.Equal(0, exit);
        Facts = Lines(facts);
        var (csvExit, factsCsv, _) = await RecordSchemaTests.RunAsync(Dir, "facts", "in", "--format", "csv", "--raw-csv");
        Assert.Equal(0, csvExit);
        await File.WriteAllTextAsync(Out("facts.csv"), factsCsv);
    }

    public Task DisposeAsync() => Task.CompletedTask;

    public string Out(string name) => Path.Combine(Dir, name);

    private async Task Mine(params string[] args)
    {
        var (exit, _, err) = await RecordSchemaTests.RunAsync(Dir, ["mine", "in", .. args]);
        Assert.True(exit == 0, err);
    }

    private static List<JsonElement> Lines(string text) =>
        text.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonDocument.Parse(l).RootElement).ToList();
}

/// <summary>One record schema in every output: same fields, same order, same values.</summary>
public sealed class RecordSchemaTests(MinedOutputs outputs) : IClassFixture<MinedOutputs>
{
    private static readonly string[] UnitFields = [.. RecordSchema.Units.Select(f => f.Name)];

    /// <summary>The boolean fields, which SQLite holds as 1 and 0.</summary>
    private static readonly HashSet<string> Booleans = [.. RecordSchema.Units.Where(f => f.Kind == FieldKind.Boolean).Select(f => f.Name)];

    /// <summary>The list fields, which SQLite holds as JSON arrays.</summary>
    private static readonly HashSet<string> Lists =
        [.. RecordSchema.Units.Where(f => f.Kind == FieldKind.TextList).Select(f => f.Name), .. RecordSchema.Facts.Where(f => f.Kind == FieldKind.TextList).Select(f => f.Name)];

    internal static Task<(int Exit, string Out, string Err)> RunAsync(string directory, params string[] args) =>
        ChildProcess.RunAsync("dotnet", [ChildProcess.Cli, .. args], TimeSpan.FromMinutes(5), directory);

    [Fact]
    public void Json_lines_carry_every_field_in_order_with_the_document_facts_on_every_unit()
    {
        var json = outputs.Json;
        Assert.True(json.Count > 400, $"{json.Count} units");
        Assert.All(json, r => Assert.Equal(UnitFields, r.EnumerateObject().Select(p => p.Name)));
        Assert.Equal(5, json.Select(r => r.GetProperty("document").GetString()).Distinct().Count());

        var luton = json.Where(r => r.GetProperty("document").GetString()!.EndsWith("luton-2022.pdf", StringComparison.Ordinal)).ToList();
        Assert.All(luton, r =>
        {
            Assert.Equal("Luton", r.GetProperty("authority").GetString());
            Assert.Equal("StandardInspection", r.GetProperty("kind").GetString());
            Assert.Equal("Ilacs", r.GetProperty("framework").GetString());
            Assert.Equal("2022-07-11", r.GetProperty("inspectionStart").GetString());
            Assert.Equal("2022-07-22", r.GetProperty("inspectionEnd").GetString());
            Assert.Equal(2022, r.GetProperty("year").GetInt32());
        });

        // One year rule: the inspection's start, else the publication date.
        Assert.All(json, r =>
        {
            var date = r.GetProperty("inspectionStart").GetString() ?? r.GetProperty("published").GetString();
            int? expected = date is null ? null : int.Parse(date[..4], CultureInfo.InvariantCulture);
            int? year = r.GetProperty("year").ValueKind == JsonValueKind.Null ? null : r.GetProperty("year").GetInt32();
            Assert.Equal(expected, year);
        });

        // Themes are a list: several units carry more than one.
        Assert.All(json, r => Assert.Equal(JsonValueKind.Array, r.GetProperty("themes").ValueKind));
        Assert.Contains(json, r => r.GetProperty("themes").GetArrayLength() > 1);
    }

    [Fact]
    public void Needs_review_is_true_exactly_where_type_or_area_confidence_is_below_the_models_threshold()
    {
        var threshold = InspectionMiner.Classification.FindingClassifier.EmbeddedInfo().ReviewThreshold;
        Assert.Equal(0.6f, threshold);
        var flagged = 0;
        foreach (var r in outputs.Json)
        {
            var (type, area) = (r.GetProperty("typeConfidence").GetDouble(), r.GetProperty("areaConfidence").GetDouble());
            var needsReview = r.GetProperty("needsReview").GetBoolean();
            flagged += needsReview ? 1 : 0;

            // The flag is set on the unrounded probability; a confidence that rounds to the threshold may go either way.
            if (Math.Abs(type - threshold) > 0.0001 && Math.Abs(area - threshold) > 0.0001)
            {
                Assert.True(needsReview == (type < threshold || area < threshold), $"{r.GetProperty("text").GetString()}: type {type}, area {area}, needsReview {needsReview}");
            }
        }

        // Some units are flagged and most are not.
        Assert.InRange(flagged, 1, outputs.Json.Count / 2);
    }

    [Fact]
    public async Task Csv_parquet_xlsx_and_the_database_agree_with_the_json_lines_field_by_field()
    {
        var json = outputs.Json.Select(r => UnitFields.Select(f => Canonical(r.GetProperty(f))).ToArray()).ToList();
        var outputsByName = new Dictionary<string, (string[] Header, List<string[]> Rows)>
        {
            ["csv (raw)"] = ReadCsv(outputs.Out("units-raw.csv")),
            ["parquet"] = await ReadParquetAsync(outputs.Out("units.parquet")),
            ["xlsx"] = ReadXlsx(outputs.Out("units.xlsx")),
            ["sqlite unitRecords"] = await ReadSqliteAsync(outputs.Db, "SELECT * FROM unitRecords"),
        };

        foreach (var (name, (header, rows)) in outputsByName)
        {
            Assert.True(UnitFields.SequenceEqual(header), $"{name} header: {string.Join(",", header)}");
            Assert.True(json.Count == rows.Count, $"{name}: {rows.Count} rows, JSON {json.Count}");
            for (var i = 0; i < rows.Count; i++)
            {
                for (var f = 0; f < UnitFields.Length; f++)
                {
                    Assert.True(json[i][f] == rows[i][f], $"{name} row {i} field {UnitFields[f]}: '{rows[i][f]}', JSON '{json[i][f]}'");
                }
            }
        }

        // The spreadsheet CSV differs only where OWASP's rule puts a ' before a cell that a spreadsheet would run.
        var (csvHeader, csvRows) = ReadCsv(outputs.Out("units.csv"));
        Assert.Equal(UnitFields, csvHeader);
        for (var i = 0; i < csvRows.Count; i++)
        {
            for (var f = 0; f < UnitFields.Length; f++)
            {
                var expected = json[i][f] is [ '=' or '+' or '-' or '@' or '\t' or '\r', .. ] && RecordSchema.Units[f].Kind == FieldKind.Text ? "'" + json[i][f] : json[i][f];
                Assert.True(expected == csvRows[i][f], $"csv row {i} field {UnitFields[f]}: '{csvRows[i][f]}', expected '{expected}'");
            }
        }
    }

    [Fact]
    public async Task Facts_as_json_csv_and_in_the_database_agree_field_by_field()
    {
        var names = RecordSchema.Facts.Select(f => f.Name).ToArray();
        Assert.All(outputs.Facts, r => Assert.Equal(names, r.EnumerateObject().Select(p => p.Name)));
        var json = outputs.Facts.Select(r => names.Select(f => Canonical(r.GetProperty(f))).ToArray()).ToList();
        var (csvHeader, csvRows) = ReadCsv(outputs.Out("facts.csv"));
        Assert.Equal(names, csvHeader);
        Assert.Equal(json.Count, csvRows.Count);
        for (var i = 0; i < json.Count; i++)
        {
            Assert.Equal(json[i], csvRows[i]);
        }

        Assert.Contains(csvRows, r => r[Array.IndexOf(names, "inspectors")] == "Alex Sample;Sam Placeholder");

        var stored = RecordSchema.Documents.Select(f => f.Name).ToArray();
        var (dbHeader, dbRows) = await ReadSqliteAsync(outputs.Db, $"SELECT {string.Join(", ", stored)} FROM documents ORDER BY id");
        Assert.Equal(stored, dbHeader);
        Assert.Equal(json.Count, dbRows.Count);
        foreach (var row in dbRows)
        {
            // The database names files as mine was given them; facts ran in the same folder with the same argument.
            var match = json.Single(j => j[0] == row[0]);
            Assert.Equal(match[..stored.Length], row);
        }

        var luton = outputs.Facts.Single(r => r.GetProperty("document").GetString()!.EndsWith("luton-2022.pdf", StringComparison.Ordinal));
        Assert.Equal(["Tom Anthony"], luton.GetProperty("inspectors").EnumerateArray().Select(e => e.GetString()));
        Assert.Equal("RequiresImprovement", luton.GetProperty("overallEffectiveness").GetString());
        var sample = outputs.Facts.Single(r => r.GetProperty("document").GetString()!.EndsWith("westmarch-focused-visit.txt", StringComparison.Ordinal));
        Assert.Equal(["Alex Sample", "Sam Placeholder"], sample.GetProperty("inspectors").EnumerateArray().Select(e => e.GetString()));

        // A letter's focus and the judgement areas it names ("children in need and those subject to a child protection
        // plan"); a report has none.
        Assert.Equal(["HelpAndProtection"], sample.GetProperty("focusAreas").EnumerateArray().Select(e => e.GetString()));
        Assert.Equal(JsonValueKind.Array, luton.GetProperty("focusAreas").ValueKind);
        Assert.Equal(0, luton.GetProperty("focusAreas").GetArrayLength());
    }

    [Fact]
    public void Every_record_validates_against_the_published_json_schema()
    {
        var units = Json.Schema.JsonSchema.FromFile(Path.Combine(TestCorpus.RepoRoot, "docs", "schema", "unit.schema.json"));
        var documents = Json.Schema.JsonSchema.FromFile(Path.Combine(TestCorpus.RepoRoot, "docs", "schema", "document.schema.json"));
        var options = new Json.Schema.EvaluationOptions { OutputFormat = Json.Schema.OutputFormat.List, RequireFormatValidation = true };
        foreach (var r in outputs.Json)
        {
            var result = units.Evaluate(r, options);
            Assert.True(result.IsValid, r.GetRawText() + "\n" + string.Join("\n", result.Details?.Where(d => d.Errors is not null).SelectMany(d => d.Errors!.Select(e => $"{d.InstanceLocation}: {e.Value}")) ?? []));
        }

        foreach (var r in outputs.Facts)
        {
            Assert.True(documents.Evaluate(r, options).IsValid, r.GetRawText());
        }

        // The schema lists the library's fields, in order, with their kinds.
        AssertSchemaDescribes(Path.Combine(TestCorpus.RepoRoot, "docs", "schema", "unit.schema.json"), RecordSchema.Units);
        AssertSchemaDescribes(Path.Combine(TestCorpus.RepoRoot, "docs", "schema", "document.schema.json"), RecordSchema.Facts);
    }

    [Fact]
    public async Task Findings_only_leaves_out_the_neutral_units_and_nothing_else()
    {
        var (exit, stdout, _) = await RunAsync(outputs.Dir, "mine", "in", "--no-db", "--findings-only");
        Assert.Equal(0, exit);
        var findings = stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonDocument.Parse(l).RootElement.GetRawText()).ToList();
        var expected = outputs.Json.Where(r => r.GetProperty("type").GetString() != "Neutral").Select(r => r.GetRawText()).ToList();
        Assert.NotEmpty(expected);
        Assert.True(expected.Count < outputs.Json.Count);
        Assert.Equal(expected, findings);
    }

    [Fact]
    public void Csv_starts_with_a_byte_order_mark_unless_raw()
    {
        Assert.Equal([0xEF, 0xBB, 0xBF, (byte)'d'], File.ReadAllBytes(outputs.Out("units.csv"))[..4]);
        Assert.Equal((byte)'d', File.ReadAllBytes(outputs.Out("units-raw.csv"))[0]);
    }

    private static void AssertSchemaDescribes<T>(string path, IReadOnlyList<RecordField<T>> fields)
    {
        using var schema = JsonDocument.Parse(File.ReadAllText(path));
        var properties = schema.RootElement.GetProperty("properties").EnumerateObject().ToList();
        Assert.Equal(fields.Select(f => f.Name), properties.Select(p => p.Name));
        Assert.Equal(fields.Select(f => f.Name), schema.RootElement.GetProperty("required").EnumerateArray().Select(e => e.GetString()));
        foreach (var (field, property) in fields.Zip(properties))
        {
            var type = property.Value.GetProperty("type");
            var types = type.ValueKind == JsonValueKind.Array ? type.EnumerateArray().Select(t => t.GetString()).ToArray() : [type.GetString()];
            var expected = field.Kind switch
            {
                FieldKind.Integer => "integer",
                FieldKind.Number => "number",
                FieldKind.TextList => "array",
                FieldKind.Boolean => "boolean",
                _ => "string",
            };
            Assert.Equal(field.Nullable ? [expected, "null"] : [expected], types);
        }
    }

    /// <summary>A JSON value as text: null as empty, numbers in round-trip form, arrays joined with ';'.</summary>
    private static string Canonical(JsonElement e) => e.ValueKind switch
    {
        JsonValueKind.Null => string.Empty,
        JsonValueKind.String => e.GetString()!,
        JsonValueKind.Number => Number(e.GetDouble()),
        JsonValueKind.Array => string.Join(';', e.EnumerateArray().Select(x => x.GetString())),
        JsonValueKind.True => "true",
        JsonValueKind.False => "false",
        _ => throw new InvalidOperationException(e.ValueKind.ToString()),
    };

    private static string Number(double d) => d.ToString("R", CultureInfo.InvariantCulture);

    private static string Canonical(object? value) => value switch
    {
        null or DBNull => string.Empty,
        bool b => b ? "true" : "false",
        string s => s,
        ReadOnlyMemory<char> m => m.ToString(),
        long or int or double or float or decimal => Number(Convert.ToDouble(value, CultureInfo.InvariantCulture)),
        DateOnly d => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        DateTime t => t.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        System.Collections.IEnumerable list => string.Join(';', list.Cast<object?>().Select(Canonical)),
        _ => value.ToString()!,
    };

    private static (string[] Header, List<string[]> Rows) ReadCsv(string path)
    {
        using var parser = new TextFieldParser(path, System.Text.Encoding.UTF8) { TextFieldType = FieldType.Delimited, HasFieldsEnclosedInQuotes = true, TrimWhiteSpace = false };
        parser.SetDelimiters(",");
        var header = parser.ReadFields()!;
        var rows = new List<string[]>();
        while (!parser.EndOfData)
        {
            rows.Add(parser.ReadFields()!);
        }

        return (header, rows);
    }

    private static async Task<(string[] Header, List<string[]> Rows)> ReadParquetAsync(string path)
    {
        await using var stream = File.OpenRead(path);
        var data = await Parquet.Serialization.ParquetSerializer.DeserializeUntypedAsync(stream, new Parquet.ParquetOptions());
        var header = data.Schema.Fields.Select(f => f.Name).ToArray();
        return (header, data.Data.Select(row => header.Select(h => Canonical(row.TryGetValue(h, out var v) ? v : null)).ToArray()).ToList());
    }

    private static (string[] Header, List<string[]> Rows) ReadXlsx(string path)
    {
        var rows = MiniExcelLibs.MiniExcel.Query(path, useHeaderRow: false).Cast<IDictionary<string, object?>>().ToList();
        var header = rows[0].Values.Select(v => v?.ToString() ?? string.Empty).ToArray();
        return (header, rows.Skip(1).Select(r => r.Values.Select(Canonical).ToArray()).ToList());
    }

    private static async Task<(string[] Header, List<string[]> Rows)> ReadSqliteAsync(string db, string sql)
    {
        await using var c = new SqliteConnection($"Data Source={db};Mode=ReadOnly;Pooling=False");
        await c.OpenAsync();
        await using var command = c.CreateCommand();
        command.CommandText = sql;
        await using var reader = await command.ExecuteReaderAsync();
        var header = Enumerable.Range(0, reader.FieldCount).Select(reader.GetName).ToArray();
        var rows = new List<string[]>();
        while (await reader.ReadAsync())
        {
            rows.Add(Enumerable.Range(0, reader.FieldCount).Select(i => reader.IsDBNull(i) ? string.Empty
                : Booleans.Contains(header[i]) ? Canonical(reader.GetInt64(i) switch { 1 => true, 0 => false, var other => throw new InvalidDataException($"{header[i]} = {other}") })
                : reader.GetString(i) is ['[', .., ']'] json && Lists.Contains(header[i])
                    ? string.Join(';', JsonSerializer.Deserialize<string[]>(json)!)
                    : Canonical(reader.GetValue(i))).ToArray());
        }

        return (header, rows);
    }
}
