namespace InspectionMiner.Tests;

/// <summary>The entry point as a developer uses it: one shared <see cref="Miner"/> for a whole application.</summary>
public class MinerTests
{
    private static readonly string[] Documents =
    [
        TestCorpus.Ilacs("hillingdon/2023-11-20.pdf"),
        TestCorpus.FocusedVisit("hillingdon/2020-02-07.pdf"),
        TestCorpus.Ilacs("birmingham/2014-05-23.pdf"),
        TestCorpus.Sample("westmarch-focused-visit.txt"),
        TestCorpus.Sample("westmarch-inspection.md"),
        TestCorpus.Seed("001"),
    ];

    [Fact]
    public async Task One_shared_miner_gives_the_same_results_from_many_threads_as_from_one()
    {
        var miner = new Miner();
        var sequential = new List<string>();
        foreach (var path in Documents)
        {
            sequential.Add(Fingerprint(await miner.MineAsync(path)));
        }

        // 48 jobs over 6 documents on 8 threads at once, through the path, stream and text entry points: parsing,
        // the pooled prediction engines and the lazily loaded model are all shared.
        var jobs = Enumerable.Range(0, 48).ToArray();
        var parallel = new string[jobs.Length];
        await Parallel.ForEachAsync(jobs, new ParallelOptions { MaxDegreeOfParallelism = 8 }, async (i, ct) =>
        {
            var path = Documents[i % Documents.Length];
            var isText = !path.EndsWith(".pdf", StringComparison.Ordinal);
            switch (i % 3)
            {
                case 0:
                    parallel[i] = Fingerprint(await miner.MineAsync(path, ct));
                    break;
                case 1:
                    await using (var stream = File.OpenRead(path))
                    {
                        parallel[i] = Fingerprint(await miner.MineAsync(stream, path, ct));
                    }

                    break;
                default:
                    parallel[i] = Fingerprint(isText ? miner.MineText(await File.ReadAllTextAsync(path, ct), path) : await miner.MineAsync(path, ct));
                    break;
            }
        });

        for (var i = 0; i < jobs.Length; i++)
        {
            Assert.Equal(sequential[i % Documents.Length], parallel[i]);
        }
    }

    [Fact]
    public async Task A_files_content_hash_is_known_before_parsing_and_equals_the_parsed_documents()
    {
        var parser = new DocumentParser();
        foreach (var path in new[] { TestCorpus.Ilacs("hillingdon/2023-11-20.pdf"), TestCorpus.Sample("westmarch-inspection.md") })
        {
            var document = await parser.ParseAsync(path);
            Assert.Equal(document.ContentHash, await DocumentParser.ContentHashAsync(path));
            Assert.Matches("^[0-9a-f]{32}$", document.ContentHash);
        }

        // Text parsed from memory gets the hash of its UTF-8 bytes, the same as the file it came from.
        var sample = TestCorpus.Sample("westmarch-focused-visit.txt");
        Assert.Equal(await DocumentParser.ContentHashAsync(sample), parser.ParseText(await File.ReadAllTextAsync(sample)).ContentHash);
    }

    [Fact]
    public async Task A_freshly_created_miner_loads_its_model_once_under_concurrent_first_use()
    {
        var miner = new Miner();
        var results = await Task.WhenAll(Enumerable.Range(0, 16).Select(_ => Task.Run(() => miner.Classify("Personal advisers do not keep in touch with all care leavers."))));
        Assert.All(results, r => Assert.Equal(results[0], r, FindingComparer.Instance));
        Assert.Equal(Labels.JudgementArea.CareLeavers, results[0].Area);
        Assert.Same(miner.Classifier, miner.Classifier);
    }

    private static string Fingerprint(InspectionMiner.Classification.MinedDocument doc)
    {
        var lines = doc.Units.Select(u =>
            $"{u.Unit.Index}|{u.Unit.Page}|{u.Unit.Text}|{u.Finding.Type}:{u.Finding.TypeConfidence:R}|{u.Finding.Area}:{u.Finding.AreaConfidence:R}|{string.Join(',', u.Finding.Themes)}");
        return $"{doc.Facts.Authority}|{doc.Facts.Kind}|{doc.Facts.InspectionStart}\n" + string.Join('\n', lines);
    }

    private sealed class FindingComparer : IEqualityComparer<InspectionMiner.Classification.Finding>
    {
        public static readonly FindingComparer Instance = new();

        public bool Equals(InspectionMiner.Classification.Finding? x, InspectionMiner.Classification.Finding? y) =>
            x is not null && y is not null && x.Type == y.Type && x.TypeConfidence == y.TypeConfidence && x.Area == y.Area &&
            x.AreaConfidence == y.AreaConfidence && x.Themes.SequenceEqual(y.Themes);

        public int GetHashCode(InspectionMiner.Classification.Finding obj) => HashCode.Combine(obj.Type, obj.Area);
    }
}

/// <summary>Logging goes through Microsoft.Extensions.Logging: silent by default, informative when a logger is given.</summary>
public class MinerLoggingTests
{
    [Fact]
    public async Task A_given_logger_hears_each_document_and_each_failure_of_a_batch()
    {
        var logger = new RecordingLogger();
        var miner = new Miner(logger: logger);
        var results = new List<MineResult>();
        await foreach (var r in miner.MineManyAsync([TestCorpus.Sample("westmarch-focused-visit.txt"), TestCorpus.Ilacs("birmingham/2012-10-19.pdf")]))
        {
            results.Add(r);
        }

        Assert.True(results[0].Succeeded);
        Assert.False(results[1].Succeeded);
        Assert.Contains(logger.Entries, e => e.Level == Microsoft.Extensions.Logging.LogLevel.Debug && e.Message.Contains("westmarch-focused-visit.txt", StringComparison.Ordinal));
        Assert.Contains(logger.Entries, e => e.Level == Microsoft.Extensions.Logging.LogLevel.Warning && e.Message.Contains("2012-10-19.pdf", StringComparison.Ordinal));
    }

    private sealed class RecordingLogger : Microsoft.Extensions.Logging.ILogger<Miner>
    {
        public System.Collections.Concurrent.ConcurrentQueue<(Microsoft.Extensions.Logging.LogLevel Level, string Message)> Entries { get; } = new();

        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(Microsoft.Extensions.Logging.LogLevel logLevel) => true;

        public void Log<TState>(Microsoft.Extensions.Logging.LogLevel logLevel, Microsoft.Extensions.Logging.EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
            Entries.Enqueue((logLevel, formatter(state, exception)));
    }
}
