using System.Diagnostics;
using System.Security.Cryptography;
using System.Text;
using CsvHelper;
using InspectionMiner.Cli.Corpus;

namespace InspectionMiner.Tests.Cli;

/// <summary>
/// <c>inspection-miner corpus download</c> run as a process against a real HTTP server on 127.0.0.1 that serves real
/// files of ../shared/corpus, with manifests written here from those files' real sizes and hashes.
/// </summary>
public sealed class CorpusDownloadTests : IDisposable
{
    private const string Report = "ilacs/barking-and-dagenham/2019-04-01.pdf";
    private const string Letter = "focused-visits/hillingdon/2020-02-07.pdf";
    private const string Seed = "seeds/001_85e47bd16ee8f0bd.txt";
    private const string ErrorPage = "ilacs/birmingham/2012-10-19.pdf";

    private readonly LocalHttpServer _server = new();
    private readonly string _work = Directory.CreateTempSubdirectory("im-download-").FullName;

    private string Out => Path.Combine(_work, "corpus");

    public void Dispose()
    {
        _server.Dispose();
        Directory.Delete(_work, recursive: true);
    }

    [Fact]
    public async Task Files_arrive_byte_identical_and_a_second_run_finds_them_already_there()
    {
        var manifest = WriteManifest(
            Row(Report, _server.Serve("/files/1", Reply.Ok(Real(Report)))),
            Row(Letter, _server.Serve("/files/2", Reply.Ok(Real(Letter)))),
            Row(Seed, _server.Serve("/files/3", Reply.Ok(Real(Seed)))),
            Row(ErrorPage, null));

        var (exit, err) = await RunAsync("corpus", "download", "--manifest", manifest, "--out", Out);

        Assert.True(exit == 0, err);
        foreach (var doc in new[] { Report, Letter, Seed })
        {
            Assert.Equal(Real(doc), File.ReadAllBytes(Downloaded(doc)));
        }

        Assert.False(File.Exists(Downloaded(ErrorPage)));
        Assert.Empty(Directory.GetFiles(Out, "*.part", SearchOption.AllDirectories));
        var megabytes = $"{new[] { Report, Letter, Seed }.Sum(d => Real(d).Length) / 1e6:0.0} MB";
        Assert.Contains($"downloaded 3 documents ({megabytes}); 0 already there", err);
        Assert.Contains("0 failed; 1 with no source URL", err);
        Assert.Contains("no source URL in the manifest (1; get these another way):\n  " + ErrorPage + "\n", err);
        Assert.Equal(3, _server.Requests.Count);
        Assert.All(_server.Requests, r => Assert.StartsWith("inspection-miner/", r.UserAgent));

        var (again, err2) = await RunAsync("corpus", "download", "--manifest", manifest, "--out", Out);

        Assert.True(again == 0, err2);
        Assert.Contains($"downloaded 0 documents (0.0 MB); 3 already there ({megabytes}); 0 failed; 1 with no source URL", err2);
        Assert.Equal(3, _server.Requests.Count);
    }

    [Fact]
    public async Task A_file_in_place_with_other_bytes_is_fetched_again_and_replaced()
    {
        var manifest = WriteManifest(Row(Letter, _server.Serve("/files/letter", Reply.Ok(Real(Letter)))));
        Directory.CreateDirectory(Path.GetDirectoryName(Downloaded(Letter))!);
        var stale = Real(Letter);
        stale[1000] ^= 0xff;
        File.WriteAllBytes(Downloaded(Letter), stale);

        var (exit, err) = await RunAsync("corpus", "download", "--manifest", manifest, "--out", Out);

        Assert.True(exit == 0, err);
        Assert.Equal(Real(Letter), File.ReadAllBytes(Downloaded(Letter)));
        Assert.Contains("downloaded 1 documents", err);
        Assert.Equal(1, _server.RequestsFor("/files/letter"));
    }

    [Fact]
    public async Task Wrong_bytes_are_a_checksum_error_naming_the_document_and_the_good_files_are_kept()
    {
        var wrong = Real(Report);
        wrong[wrong.Length / 2] ^= 0x01;
        var manifest = WriteManifest(
            Row(Report, _server.Serve("/files/report", Reply.Ok(wrong))),
            Row(Letter, _server.Serve("/files/letter", Reply.Ok(Real(Letter)))),
            Row(Seed, _server.Serve("/files/seed", Reply.Ok(Encoding.UTF8.GetBytes("not the seed")))),
            Row(ErrorPage, _server.Serve("/files/page", Reply.Ok(Real(ErrorPage)))));

        var (exit, err) = await RunAsync("corpus", "download", "--manifest", manifest, "--out", Out, "--parallel", "2");

        Assert.Equal(2, exit);
        Assert.Contains($"{Report}: checksum error: expected sha256 {Sha(Real(Report))} ({wrong.Length} bytes), got sha256 {Sha(wrong)} ({wrong.Length} bytes) from {_server.BaseUrl}files/report; not kept", err);
        Assert.Contains($"{Seed}: checksum error: expected sha256 {Sha(Real(Seed))} ({Real(Seed).Length} bytes), got sha256 {Sha(Encoding.UTF8.GetBytes("not the seed"))} (12 bytes)", err);
        Assert.False(File.Exists(Downloaded(Report)));
        Assert.False(File.Exists(Downloaded(Seed)));
        Assert.Empty(Directory.GetFiles(Out, "*.part", SearchOption.AllDirectories));
        Assert.Equal(Real(Letter), File.ReadAllBytes(Downloaded(Letter)));
        Assert.Equal(Real(ErrorPage), File.ReadAllBytes(Downloaded(ErrorPage)));
        Assert.Contains("downloaded 2 documents", err);
        Assert.Contains("failed (2):", err);
        Assert.Equal(1, _server.RequestsFor("/files/report")); // a checksum error is not tried again
    }

    [Fact]
    public async Task A_404_is_reported_with_its_status_and_does_not_stop_the_batch()
    {
        var manifest = WriteManifest(
            Row(Report, _server.Serve("/files/report", Reply.Ok(Real(Report)))),
            Row(Letter, _server.BaseUrl + "gone/letter.pdf"),
            Row(Seed, _server.Serve("/files/seed", Reply.Ok(Real(Seed)))));

        var (exit, err) = await RunAsync("corpus", "download", "--manifest", manifest, "--out", Out, "--parallel", "1");

        Assert.Equal(2, exit);
        Assert.Contains($"{Letter}: HTTP 404 Not Found from {_server.BaseUrl}gone/letter.pdf", err);
        Assert.False(File.Exists(Downloaded(Letter)));
        Assert.Equal(Real(Report), File.ReadAllBytes(Downloaded(Report)));
        Assert.Equal(Real(Seed), File.ReadAllBytes(Downloaded(Seed)));
        Assert.Contains("downloaded 2 documents", err);
        Assert.Contains("; 1 failed;", err);
        Assert.Equal(1, _server.RequestsFor("/gone/letter.pdf")); // a 404 is not tried again
    }

    [Fact]
    public async Task A_transient_503_is_tried_again_and_one_that_lasts_is_given_up_after_three_tries()
    {
        var manifest = WriteManifest(
            Row(Report, _server.Serve("/files/flaky", Reply.Failing(503), Reply.Ok(Real(Report)))),
            Row(Letter, _server.Serve("/files/down", Reply.Failing(503))));

        var (exit, err) = await RunAsync("corpus", "download", "--manifest", manifest, "--out", Out);

        Assert.Equal(2, exit);
        Assert.Equal(Real(Report), File.ReadAllBytes(Downloaded(Report)));
        Assert.Equal(2, _server.RequestsFor("/files/flaky"));
        Assert.Equal(3, _server.RequestsFor("/files/down"));
        Assert.Contains($"{Letter}: HTTP 503 Service Unavailable from {_server.BaseUrl}files/down (gave up after 3 tries)", err);
        Assert.Contains("downloaded 1 documents", err);
    }

    [Fact]
    public async Task Base_url_moves_Ofsted_urls_onto_another_host_and_collection_picks_rows()
    {
        // Rows as they are in the committed manifest, Ofsted's URLs included; the server answers their paths.
        var committed = CorpusManifest.Read(Path.Combine(TestCorpus.RepoRoot, "corpus", "manifest.csv"));
        var rows = committed.Where(e => e.Document.StartsWith("ilacs/bexley/", StringComparison.Ordinal)).Take(2)
            .Append(committed.First(e => e.Collection == "focused-visits")).ToList();
        foreach (var row in rows.Where(r => r.SourceUrl is not null))
        {
            Assert.StartsWith("https://files.ofsted.gov.uk/v1/file/", row.SourceUrl);
            _server.Serve(new Uri(row.SourceUrl!).AbsolutePath, Reply.Ok(Real(row.Document)));
        }

        var manifest = WriteManifest([.. rows.Select(r => Row(r.Document, r.SourceUrl))]);

        var (exit, err) = await RunAsync("corpus", "download", "--manifest", manifest, "--out", Out, "--collection", "ilacs", "--base-url", _server.BaseUrl.ToString());

        Assert.True(exit == 0, err);
        Assert.Contains("downloaded 2 documents", err);
        Assert.Contains("0 with no source URL", err);
        Assert.Equal(2, _server.Requests.Count);
        Assert.All(_server.Requests, r => Assert.StartsWith("/v1/file/", r.Path));
        foreach (var row in rows.Take(2))
        {
            Assert.Equal(Real(row.Document), File.ReadAllBytes(Downloaded(row.Document)));
        }
    }

    [Fact]
    public async Task A_missing_or_unsafe_manifest_is_a_usage_error()
    {
        var (missing, err) = await RunAsync("corpus", "download", "--manifest", Path.Combine(_work, "none.csv"), "--out", Out);
        Assert.Equal(1, missing);
        Assert.Contains("manifest not found", err);

        var escaping = WriteManifest(Row(Report, _server.Serve("/files/1", Reply.Ok(Real(Report)))), Row("../outside.pdf", _server.BaseUrl + "x", Report));
        var (unsafeExit, err2) = await RunAsync("corpus", "download", "--manifest", escaping, "--out", Out);
        Assert.Equal(1, unsafeExit);
        Assert.Contains("'../outside.pdf' must be a relative path inside the corpus root", err2);
        Assert.Empty(_server.Requests);

        var (badFlag, _) = await RunAsync("corpus", "download", "--manifest", escaping, "--collection", "schools");
        Assert.Equal(1, badFlag);
    }

    [Fact]
    [Trait(TestSets.Category, TestSets.Full)] // hashes every file of the corpus
    public void The_committed_manifest_matches_every_file_of_the_shared_corpus()
    {
        var entries = CorpusManifest.Read(Path.Combine(TestCorpus.RepoRoot, "corpus", "manifest.csv"));
        foreach (var entry in entries)
        {
            var path = entry.PathUnder(TestCorpus.Shared);
            Assert.True(File.Exists(path), $"{entry.Document} is in the manifest but not in {TestCorpus.Shared}");
            var bytes = File.ReadAllBytes(path);
            Assert.True(entry.Bytes == bytes.Length, $"{entry.Document}: manifest says {entry.Bytes} bytes, the file has {bytes.Length}");
            Assert.True(entry.Sha256 == Sha(bytes), $"{entry.Document}: manifest says sha256 {entry.Sha256}, the file has {Sha(bytes)}");
        }

        // Every document of the three collections is in it, and only ilacs rows carry Ofsted's URLs, as their own manifest has them.
        var documents = entries.Select(e => e.Document).ToHashSet(StringComparer.Ordinal);
        var onDisk = new[] { "ilacs", "focused-visits", "seeds" }
            .SelectMany(c => Directory.EnumerateFiles(Path.Combine(TestCorpus.Shared, c), "*", SearchOption.AllDirectories))
            .Select(f => Path.GetRelativePath(TestCorpus.Shared, f).Replace(Path.DirectorySeparatorChar, '/'))
            .Where(f => !f.EndsWith("/manifest.csv", StringComparison.Ordinal))
            .ToList();
        Assert.Equal(onDisk.Order(StringComparer.Ordinal), documents.Order(StringComparer.Ordinal));
        Assert.Equal(381, entries.Count(e => e.Collection == "ilacs"));
        Assert.Equal(276, entries.Count(e => e.Collection == "focused-visits"));
        Assert.Equal(5, entries.Count(e => e.Collection == "seeds"));
        Assert.All(entries, e => Assert.Equal(e.Collection == "ilacs", e.SourceUrl is not null));
        var ilacsUrls = new Dictionary<string, string>(StringComparer.Ordinal);
        using (var source = CsvReader.FromFile(Path.Combine(TestCorpus.Shared, "ilacs", "manifest.csv"), CsvReaderOptions.Default with { Separator = ',' }))
        {
            while (source.Read())
            {
                ilacsUrls.Add("ilacs/" + source.GetString("path"), source.GetString("source_url"));
            }
        }

        Assert.All(entries.Where(e => e.Collection == "ilacs"), e => Assert.Equal(ilacsUrls[e.Document], e.SourceUrl));
    }

    private static byte[] Real(string document) => File.ReadAllBytes(Path.Combine(TestCorpus.Shared, document));

    private static string Sha(byte[] bytes) => Convert.ToHexStringLower(SHA256.HashData(bytes));

    /// <summary>A manifest row for <paramref name="document"/> with the real file's size and hash (or those of <paramref name="sizedLike"/>).</summary>
    private static string Row(string document, string? url, string? sizedLike = null)
    {
        var real = Real(sizedLike ?? document);
        var collection = document.Split('/')[0];
        return $"{document},{collection},some authority,2020-01-01,{url},{real.Length},{Sha(real)},";
    }

    private string Downloaded(string document) => Path.Combine(Out, document);

    private string WriteManifest(params string[] rows)
    {
        var path = Path.Combine(_work, "manifest.csv");
        File.WriteAllLines(path, rows.Prepend("document,collection,authority,published,source_url,bytes,sha256,note"));
        return path;
    }

    private static async Task<(int Exit, string Err)> RunAsync(params string[] args)
    {
        var (exit, _, err) = await ChildProcess.RunAsync("dotnet", [ChildProcess.Cli, .. args], TimeSpan.FromMinutes(2), environment: new Dictionary<string, string?> { ["CI"] = "true" });
        return (exit, err);
    }
}
