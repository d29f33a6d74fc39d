using System.Diagnostics;
using System.Text.Json;

namespace InspectionMiner.Tests.Cli;

public class CliTests
{
    private static Task<(int Exit, string Out, string Err)> RunAsync(params string[] args) =>
        ChildProcess.RunAsync("dotnet", [ChildProcess.Cli, .. args], TimeSpan.FromMinutes(5));

    [Fact]
    public async Task Facts_of_a_folder_with_a_bad_file_write_every_good_document_and_exit_2()
    {
        using var dirFolder = new TempFolder("im-cli-");
        var dir = dirFolder.Path;
        File.Copy(TestCorpus.Ilacs("birmingham/2012-10-19.pdf"), Path.Combine(dir, "a-bad.pdf"));
        File.Copy(TestCorpus.Sample("westmarch-focused-visit.txt"), Path.Combine(dir, "b-letter.txt"));
        File.Copy(TestCorpus.FocusedVisit("hillingdon/2020-02-07.pdf"), Path.Combine(dir, "c-letter.pdf"));

        var (exit, stdout, stderr) = await RunAsync("facts", dir);

        Assert.Equal(2, exit);
        var records = stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonDocument.Parse(l).RootElement).ToList();
        Assert.Equal(3, records.Count);
        Assert.Contains("HTML page", records[0].GetProperty("error").GetString());
        Assert.Equal(JsonValueKind.Null, records[0].GetProperty("authority").ValueKind);
        Assert.Contains("a-bad.pdf", stderr);
        Assert.Equal(JsonValueKind.Null, records[1].GetProperty("authority").ValueKind);
        Assert.Equal("Westmarch", records[1].GetProperty("authorityAsPrinted").GetString());
        Assert.StartsWith("authority: ", records[1].GetProperty("warnings")[0].GetString(), StringComparison.Ordinal);
        Assert.Equal("Hillingdon", records[2].GetProperty("authority").GetString());
        Assert.Equal(80501, records[2].GetProperty("ofstedUrn").GetInt32());
        Assert.Equal("312", records[2].GetProperty("laCode").GetString());
        Assert.Equal("E09000017", records[2].GetProperty("onsCode").GetString());
        Assert.Equal("London", records[2].GetProperty("region").GetString());
        Assert.Equal("FocusedVisit", records[2].GetProperty("kind").GetString());
        Assert.Equal("2020-01-15", records[2].GetProperty("inspectionStart").GetString());
        Assert.Equal("NotJudged", records[2].GetProperty("overallEffectiveness").GetString());
        Assert.Equal(2020, records[2].GetProperty("year").GetInt32());
        foreach (var name in new[] { "document", "authority", "authorityAsPrinted", "ofstedUrn", "laCode", "onsCode", "region", "kind", "framework", "inspectionStart", "inspectionEnd", "published", "year", "leadInspector", "inspectors", "focus", "overallEffectiveness", "warnings", "error" })
        {
            Assert.True(records[2].TryGetProperty(name, out _), name);
        }
    }

    [Fact]
    public async Task Units_are_written_as_json_lines_with_section_and_area()
    {
        var (exit, stdout, _) = await RunAsync("units", TestCorpus.Sample("westmarch-inspection.md"));
        Assert.Equal(0, exit);
        var units = stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonDocument.Parse(l).RootElement).ToList();
        var pep = units.Single(u => u.GetProperty("text").GetString()!.StartsWith("Personal education plans", StringComparison.Ordinal));
        Assert.Equal("ChildrenInCare", pep.GetProperty("sectionArea").GetString());
        Assert.Equal("Westmarch", pep.GetProperty("authorityAsPrinted").GetString());
        Assert.Equal("Judgement", pep.GetProperty("sectionKind").GetString());
        Assert.Equal("4", pep.GetProperty("paragraph").GetString());
        Assert.Equal(1, pep.GetProperty("page").GetInt32());
    }

    [Fact]
    public async Task Facts_can_be_written_as_csv()
    {
        var (exit, stdout, _) = await RunAsync("facts", TestCorpus.Sample("westmarch-inspection.md"), "--format", "csv");
        Assert.Equal(0, exit);
        var lines = stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.StartsWith("document,authority,authorityAsPrinted,ofstedUrn,laCode,onsCode,region,kind,framework", lines[0].TrimStart('\uFEFF'), StringComparison.Ordinal);
        Assert.Contains(",,Westmarch,,,,,StandardInspection,Ilacs,2025-11-03,2025-11-14,,2025,", lines[1]);
    }

    [Fact]
    public async Task A_usage_error_exits_1()
    {
        var (exit, _, _) = await RunAsync("facts", "--format", "xml", "x.pdf");
        Assert.Equal(1, exit);
    }

    [Theory]
    [InlineData(new[] { "--embed-below", "0.8" }, "--embed-below applies with --embeddings")]
    [InlineData(new[] { "--embeddings", "--embed-below", "1.5" }, "--embed-below is a confidence between 0 and 1")]
    public async Task Embedding_only_the_units_the_model_is_unsure_of_needs_embeddings_and_a_confidence(string[] options, string message)
    {
        var (exit, stdout, stderr) = await RunAsync(["mine", TestCorpus.Sample("westmarch-focused-visit.txt"), "--no-db", .. options]);
        Assert.Equal(1, exit);
        Assert.Contains(message, stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("\"document\"", stdout, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Mine_writes_every_unit_with_type_area_and_themes()
    {
        var (exit, stdout, _) = await RunAsync("mine", TestCorpus.Sample("westmarch-focused-visit.txt"), "--no-db");
        Assert.Equal(0, exit);
        var records = stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonDocument.Parse(l).RootElement).ToList();
        Assert.NotEmpty(records);
        foreach (var name in new[] { "document", "authority", "kind", "year", "unit", "page", "paragraph", "section", "sectionKind", "sectionArea", "text", "type", "typeConfidence", "area", "areaConfidence", "needsReview", "themes" })
        {
            Assert.True(records[0].TryGetProperty(name, out _), name);
        }

        var item = records.Single(r => r.GetProperty("text").GetString() == "The timeliness of initial child protection conferences.");
        Assert.Equal("Recommendation", item.GetProperty("type").GetString());
        Assert.Contains(records, r => r.GetProperty("type").GetString() == "Strength");

        var (csvExit, csv, _) = await RunAsync("mine", TestCorpus.Sample("westmarch-focused-visit.txt"), "--format", "csv", "--no-db");
        Assert.Equal(0, csvExit);
        Assert.StartsWith("document,authority,authorityAsPrinted,ofstedUrn,laCode,onsCode,region,kind,framework,inspectionStart,inspectionEnd,published,year,unit,page,paragraph,section,sectionKind,sectionArea,text,hash,type,typeConfidence,area,areaConfidence,needsReview,themes", csv.TrimStart('\uFEFF'), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Mining_one_document_at_a_time_writes_what_mining_on_all_cores_writes()
    {
        var folder = Path.Combine(TestCorpus.RepoRoot, "corpus", "samples");
        var (exit, all, _) = await RunAsync("mine", folder, "--no-db");
        var (oneExit, one, _) = await RunAsync("mine", folder, "--no-db", "--parallel", "1");
        Assert.Equal(0, exit);
        Assert.Equal(0, oneExit);
        Assert.Equal(all, one);
        Assert.Equal(1, (await RunAsync("mine", folder, "--no-db", "--parallel", "0")).Exit);
    }

    [Fact]
    public async Task Classify_answers_every_line_in_order_with_its_id()
    {
        var input = Path.Combine(Path.GetTempPath(), "im-classify-" + Guid.NewGuid().ToString("N") + ".jsonl");
        await File.WriteAllLinesAsync(input,
        [
            "{\"id\":\"a\",\"text\":\"Care leavers are very well supported by their personal advisers.\"}",
            "{\"id\":7,\"text\":\"The timeliness of strategy discussions.\",\"section\":\"What needs to improve?\"}",
            "{\"id\":\"c\",\"text\":\"Too many children experience delay in achieving permanence.\"}",
        ]);
        var (exit, stdout, _) = await RunAsync("classify", input);
        Assert.Equal(0, exit);
        var records = stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonDocument.Parse(l).RootElement).ToList();
        Assert.Equal(3, records.Count);
        Assert.Equal("a", records[0].GetProperty("id").GetString());
        Assert.Equal(7, records[1].GetProperty("id").GetInt32());
        Assert.Equal(("Strength", "CareLeavers"), (records[0].GetProperty("type").GetString(), records[0].GetProperty("area").GetString()));
        Assert.Equal("Recommendation", records[1].GetProperty("type").GetString());
        Assert.Equal("AreaForImprovement", records[2].GetProperty("type").GetString());
        Assert.InRange(records[2].GetProperty("typeConfidence").GetDouble(), 0.25, 1.0);

        var bad = Path.Combine(Path.GetTempPath(), "im-classify-" + Guid.NewGuid().ToString("N") + ".jsonl");
        await File.WriteAllTextAsync(bad, "{\"id\":1}\n");
        var (badExit, _, err) = await RunAsync("classify", bad);
        Assert.Equal(2, badExit); // a bad line is reported and skipped; the others are still classified (Reliability tests)
        Assert.Contains(":1:", err);
    }

    [Fact]
    public async Task Mining_a_batch_with_a_bad_file_stores_every_good_document_and_exits_2()
    {
        using var dirFolder = new TempFolder("im-mine-");
        var dir = dirFolder.Path;
        File.Copy(TestCorpus.Ilacs("birmingham/2012-10-19.pdf"), Path.Combine(dir, "a-html-page.pdf"));
        File.WriteAllBytes(Path.Combine(dir, "b-empty.pdf"), []);
        File.Copy(TestCorpus.FocusedVisit("hillingdon/2020-02-07.pdf"), Path.Combine(dir, "c-letter.pdf"));
        File.Copy(TestCorpus.Sample("westmarch-focused-visit.txt"), Path.Combine(dir, "d-sample.txt"));
        var db = Path.Combine(dir, "findings.db");
        var parquet = Path.Combine(dir, "units.parquet");

        var (exit, _, stderr) = await RunAsync("mine", dir, "--db", db, "--format", "parquet", "--out", parquet);

        Assert.Equal(2, exit);
        Assert.Contains("a-html-page.pdf", stderr);
        Assert.Contains("b-empty.pdf", stderr);
        Assert.Contains("mined 2 documents", stderr);
        Assert.Equal(2L, await ScalarAsync(db, "SELECT COUNT(*) FROM documents"));
        Assert.Equal(2L, await ScalarAsync(db, "SELECT COUNT(*) FROM failures"));
        var flagged = (long)(await ScalarAsync(db, "SELECT SUM(needsReview) FROM units"))!;
        Assert.InRange(flagged, 1, (long)(await ScalarAsync(db, "SELECT COUNT(*) FROM units"))! / 2);
        Assert.Contains($"; {flagged} units flagged for review (needsReview);", stderr);
        Assert.True(new FileInfo(parquet).Length > 1000);
        await using var stream = File.OpenRead(parquet);
        var rows = await Parquet.Serialization.ParquetSerializer.DeserializeUntypedAsync(stream);
        Assert.Equal(await ScalarAsync(db, "SELECT COUNT(*) FROM units"), (long)rows.Data.Count);
    }

    [Fact]
    public async Task A_killed_mining_run_loses_nothing_committed_and_the_next_run_resumes()
    {
        using var dirFolder = new TempFolder("im-resume-");
        var dir = dirFolder.Path;
        var sources = Directory.GetFiles(Path.Combine(TestCorpus.Shared, "ilacs", "luton"), "*.pdf").Concat(Directory.GetFiles(Path.Combine(TestCorpus.Shared, "ilacs", "middlesbrough"), "*.pdf")).ToList();
        foreach (var (f, i) in sources.Select((f, i) => (f, i)))
        {
            File.Copy(f, Path.Combine(dir, $"{i:00}.pdf"));
        }

        var db = Path.Combine(dir, "findings.db");
        var info = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var a in new[] { Path.Combine(AppContext.BaseDirectory, "inspection-miner.dll"), "mine", dir, "--db", db, "--quiet" })
        {
            info.ArgumentList.Add(a);
        }

        using (var first = Process.Start(info)!)
        {
            _ = first.StandardOutput.ReadToEndAsync();
            _ = first.StandardError.ReadToEndAsync();
            var deadline = DateTime.UtcNow.AddMinutes(3);
            while (DateTime.UtcNow < deadline && await CommittedDocumentsAsync(db) < 1)
            {
                await Task.Delay(100);
            }

            first.Kill(entireProcessTree: true);
            await first.WaitForExitAsync();
        }

        var committed = (long)(await ScalarAsync(db, "SELECT COUNT(*) FROM documents"))!;
        Assert.InRange(committed, 1, sources.Count);
        Assert.Equal(0L, await ScalarAsync(db, "SELECT COUNT(*) FROM units WHERE documentId NOT IN (SELECT id FROM documents)"));

        var (exit, _, stderr) = await RunAsync("mine", dir, "--db", db, "--quiet");
        Assert.Equal(0, exit);
        Assert.Contains($"{committed} already stored", stderr);
        Assert.Equal((long)sources.Count, await ScalarAsync(db, "SELECT COUNT(*) FROM documents"));
        Assert.Equal((long)sources.Count, await ScalarAsync(db, "SELECT COUNT(DISTINCT contentHash) FROM documents"));
    }

    [Fact]
    public async Task Compare_and_report_read_the_database()
    {
        using var dirFolder = new TempFolder("im-compare-");
        var dir = dirFolder.Path;
        foreach (var f in Directory.GetFiles(Path.Combine(TestCorpus.Shared, "focused-visits", "luton"), "*.pdf").Take(3))
        {
            File.Copy(f, Path.Combine(dir, Path.GetFileName(f)));
        }

        var db = Path.Combine(dir, "findings.db");
        Assert.Equal(0, (await RunAsync("mine", dir, "--db", db, "--quiet")).Exit);

        var recurrence = Path.Combine(dir, "recurrence.csv");
        var (exit, csv, _) = await RunAsync("compare", "--db", db, "--by", "year", "--format", "csv", "--recurrence-csv", recurrence);
        Assert.Equal(0, exit);
        var lines = csv.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.StartsWith("group,theme,documents,documentsWithTheme,shareOfDocuments,findings,findingsWithTheme,shareOfFindings", lines[0].TrimStart('\uFEFF'), StringComparison.Ordinal);
        Assert.Equal(1 + (22 * 3), lines.Length); // three letters from three different years
        var recurrenceLines = await File.ReadAllLinesAsync(recurrence);
        Assert.StartsWith("authority,from,to,theme,status,repeatedRecommendations", recurrenceLines[0].TrimStart('\uFEFF'), StringComparison.Ordinal);
        Assert.Contains(recurrenceLines, l => l.Contains(",Recurring,", StringComparison.Ordinal));

        var (tableExit, table, _) = await RunAsync("compare", "--db", db, "--by", "authority", "--type", "Recommendation");
        Assert.Equal(0, tableExit);
        Assert.Contains("Planning", table);

        var html = Path.Combine(dir, "report.html");
        Assert.Equal(0, (await RunAsync("report", "--db", db, "--out", html)).Exit);
        var page = await File.ReadAllTextAsync(html);
        Assert.Contains("createElementNS", page);
        var packed = InspectionMiner.Tests.Analysis.ReportPayload.Findings(page);
        Assert.NotEmpty(packed);
        Assert.All(packed, f => Assert.False(string.IsNullOrWhiteSpace(f.Text)));
        Assert.Equal(InspectionMiner.Tests.Analysis.ReportPayload.Documents(page).Count, packed.Select(f => f.Doc).Distinct().Count());

        Assert.Equal(1, (await RunAsync("compare", "--db", Path.Combine(dir, "missing.db"))).Exit);
    }

    /// <summary>Documents committed so far; 0 while the file or its schema does not exist yet (the run is starting).</summary>
    private static async Task<long> CommittedDocumentsAsync(string db)
    {
        if (!File.Exists(db))
        {
            return 0;
        }

        try
        {
            return await ScalarAsync(db, "SELECT COUNT(*) FROM documents") is long n ? n : 0;
        }
        catch (Microsoft.Data.Sqlite.SqliteException)
        {
            return 0;
        }
    }

    private static async Task<object?> ScalarAsync(string db, string sql)
    {
        await using var c = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={db};Mode=ReadOnly;Pooling=False");
        await c.OpenAsync();
        await using var cmd = c.CreateCommand();
        cmd.CommandText = sql;
        return await cmd.ExecuteScalarAsync();
    }
}
