using System.Text.Json;
using Microsoft.Data.Sqlite;
using Mono.Unix.Native;

namespace InspectionMiner.Tests.Reliability;

/// <summary>
/// The CLI on batches with bad inputs mixed in: every good document comes out, each bad one is a typed failure, the
/// exit code is 2. Permission cases run the CLI as a user without privileges (root reads every file).
/// </summary>
[Trait(TestSets.Category, TestSets.Full)] // each test runs the CLI several times
[System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
public class HostileBatchCliTests
{
    private static string Letter => TestCorpus.FocusedVisit("hillingdon/2020-02-07.pdf");

    private static string Sample => TestCorpus.Sample("westmarch-focused-visit.txt");

    private static string Place(string dir, string source, string name)
    {
        var target = Path.Combine(dir, name);
        Directory.CreateDirectory(Path.GetDirectoryName(target)!);
        File.Copy(source, target);
        Unprivileged.Open(target);
        return target;
    }

    [Fact]
    public async Task Resume_mode_reports_an_unreadable_file_and_stores_every_other()
    {
        var dir = Unprivileged.NewFolder("im-perm-file-");
        Place(dir, Sample, "docs/a.txt");
        Unprivileged.Close(Place(dir, Letter, "docs/b.pdf"));
        Place(dir, Letter, "docs/c.pdf");
        Unprivileged.Open(Path.Combine(dir, "docs"));
        var db = Path.Combine(dir, "f.db");

        var (exit, _, err) = await Unprivileged.RunCliAsync(dir, "mine", "docs", "--db", db, "--quiet");

        Assert.Equal(2, exit);
        Assert.Contains("docs/b.pdf: permission denied", err);
        Assert.DoesNotContain("Unhandled", err);
        Assert.Contains("mined 2 documents", err); // a.txt and c.pdf (c has b's content, stored once as c)
        Assert.Equal(2L, Scalar(db, "SELECT COUNT(*) FROM documents"));
        Assert.Equal("docs/b.pdf", Scalar(db, "SELECT document FROM failures"));
    }

    [Theory]
    [InlineData("mine")]
    [InlineData("facts")]
    [InlineData("units")]
    public async Task An_unreadable_folder_is_skipped_as_a_failure_and_the_rest_is_read(string command)
    {
        var dir = Unprivileged.NewFolder("im-perm-dir-");
        Place(dir, Sample, "docs/a.txt");
        Place(dir, Letter, "docs/locked/b.pdf");
        Place(dir, Letter, "docs/z/c.pdf");
        Unprivileged.Open(Path.Combine(dir, "docs"));
        Unprivileged.Open(Path.Combine(dir, "docs", "z"));
        Unprivileged.Close(Path.Combine(dir, "docs", "locked"));

        string[] args = command == "mine" ? ["mine", "docs", "--db", Path.Combine(dir, "f.db")] : [command, "docs"];
        var (exit, stdout, err) = await Unprivileged.RunCliAsync(dir, args);

        Assert.Equal(2, exit);
        Assert.Contains("docs/locked: permission denied: the folder cannot be opened", err);
        Assert.DoesNotContain("Unhandled", err);
        Assert.DoesNotContain("   at ", err);
        Assert.Contains("docs/a.txt", stdout);
        Assert.Contains("docs/z/c.pdf", stdout);
    }

    [Fact]
    public async Task A_pipe_and_a_link_to_dev_zero_fail_and_the_good_files_after_them_are_written()
    {
        using var dirFolder = new TempFolder("im-special-");
        var dir = dirFolder.Path;
        File.Copy(Sample, Path.Combine(dir, "a.txt"));
        Assert.Equal(0, Syscall.mkfifo(Path.Combine(dir, "x.pdf"), FilePermissions.DEFFILEMODE));
        File.CreateSymbolicLink(Path.Combine(dir, "y.pdf"), "/dev/zero");
        File.Copy(Letter, Path.Combine(dir, "z.pdf"));

        var (exit, stdout, err) = await ChildProcess.RunAsync("dotnet", [ChildProcess.Cli, "mine", dir, "--no-db"], TimeSpan.FromMinutes(5));

        Assert.Equal(2, exit);
        Assert.Contains("x.pdf: not a regular file: it is a named pipe", err);
        Assert.Contains("y.pdf: not a regular file: it is a character device", err);
        var documents = stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonDocument.Parse(l).RootElement.GetProperty("document").GetString()).Distinct().ToList();
        Assert.Equal([Path.Combine(dir, "a.txt"), Path.Combine(dir, "z.pdf")], documents);
    }

    [Fact]
    public async Task A_rerun_records_each_failed_file_once()
    {
        using var dirFolder = new TempFolder("im-failonce-");
        var dir = dirFolder.Path;
        File.WriteAllBytes(Path.Combine(dir, "a-empty.pdf"), []);
        File.WriteAllText(Path.Combine(dir, "b-text.pdf"), "Not a PDF at all, only text.");
        File.Copy(Sample, Path.Combine(dir, "c.txt"));
        var db = Path.Combine(dir, "f.db");

        for (var run = 0; run < 3; run++)
        {
            var (exit, _, _) = await ChildProcess.RunAsync("dotnet", [ChildProcess.Cli, "mine", dir, "--db", db, "--quiet"], TimeSpan.FromMinutes(5));
            Assert.Equal(2, exit);
        }

        Assert.Equal(2L, Scalar(db, "SELECT COUNT(*) FROM failures"));
        Assert.Equal(1L, Scalar(db, "SELECT COUNT(*) FROM documents"));

        // New content under the same name is a new failure record; the old content's record stays.
        File.WriteAllText(Path.Combine(dir, "b-text.pdf"), "Other text, still not a PDF.");
        await ChildProcess.RunAsync("dotnet", [ChildProcess.Cli, "mine", dir, "--db", db, "--quiet"], TimeSpan.FromMinutes(5));
        Assert.Equal(3L, Scalar(db, "SELECT COUNT(*) FROM failures"));
    }

    [Fact]
    public async Task Two_concurrent_runs_on_one_database_never_mine_the_same_document_twice()
    {
        using var dirFolder = new TempFolder("im-concurrent-");
        var dir = dirFolder.Path;
        var sources = Directory.GetFiles(Path.Combine(TestCorpus.Shared, "focused-visits"), "*.pdf", SearchOption.AllDirectories).Order(StringComparer.Ordinal).Take(16).ToList();
        foreach (var (f, i) in sources.Select((f, i) => (f, i)))
        {
            File.Copy(f, Path.Combine(dir, $"{i:00}.pdf"));
        }

        var db = Path.Combine(dir, "f.db");
        string[] args = [ChildProcess.Cli, "mine", dir, "--db", db, "--quiet", "--parallel", "1"];
        var runs = await Task.WhenAll(
            ChildProcess.RunAsync("dotnet", args, TimeSpan.FromMinutes(5)),
            ChildProcess.RunAsync("dotnet", args, TimeSpan.FromMinutes(5)));

        var mined = runs.Select(r => int.Parse(System.Text.RegularExpressions.Regex.Match(r.Err, @"mined (\d+) documents").Groups[1].Value)).ToList();
        Assert.All(runs, r => Assert.Equal(0, r.Exit));
        Assert.Equal(sources.Count, mined.Sum());
        Assert.Equal((long)sources.Count, Scalar(db, "SELECT COUNT(*) FROM documents"));
        Assert.Equal(0L, Scalar(db, "SELECT COUNT(*) FROM claims"));
    }

    [Fact]
    public async Task Classify_reports_every_bad_line_by_number_and_classifies_every_good_one()
    {
        using var dirFolder = new TempFolder("im-classify-");
        var dir = dirFolder.Path;
        var input = Path.Combine(dir, "in.jsonl");
        using (var file = File.Create(input))
        {
            void Line(byte[] bytes) { file.Write(bytes); file.WriteByte((byte)'\n'); }
            Line("{\"id\":1,\"text\":\"Leaders have a good understanding of practice.\"}"u8.ToArray());
            Line("{\"id\":2,\"text\":"u8.ToArray());
            Line("{\"id\":3,\"text\":\"The local authority should improve the timeliness of assessments.\"}"u8.ToArray());
            Line([.. "{\"id\":4,\"text\":\"caf"u8, 0xE9, .. "\"}"u8]); // Latin-1 é: not UTF-8
            Line("{\"id\":5}"u8.ToArray());
            Line("{\"id\":6,\"text\":\"Care leavers are well supported.\"}"u8.ToArray());
        }

        var (exit, stdout, err) = await ChildProcess.RunAsync("dotnet", [ChildProcess.Cli, "classify", input], TimeSpan.FromMinutes(5));

        Assert.Equal(2, exit);
        var ids = stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonDocument.Parse(l).RootElement.GetProperty("id").GetInt32()).ToList();
        Assert.Equal([1, 3, 6], ids);
        Assert.Contains($"{input}:2: not valid JSON", err);
        Assert.Contains($"{input}:4: not valid UTF-8", err);
        Assert.Contains($"{input}:5: expected an object", err);
        Assert.DoesNotContain($"{input}:1:", err);
        Assert.DoesNotContain($"{input}:6:", err);
    }

    private static object? Scalar(string db, string sql)
    {
        using var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = db, Pooling = false }.ToString());
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return command.ExecuteScalar();
    }
}
