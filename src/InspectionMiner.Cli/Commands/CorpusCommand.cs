using System.CommandLine;
using InspectionMiner.Cli.Corpus;

namespace InspectionMiner.Cli.Commands;

/// <summary>
/// <c>inspection-miner corpus download [--manifest corpus/manifest.csv] [--out DIR] [--collection ilacs|focused-visits|seeds]...
/// [--parallel 4] [--base-url URL] [--timeout 120]</c>: rebuilds the corpus from Ofsted's site, in the layout of
/// <c>../shared/corpus</c>, checking every file against the manifest's size and SHA-256.
/// </summary>
internal static class CorpusCommand
{
    /// <summary>The exit code after Ctrl+C (the shell's 128 + SIGINT): the files verified so far are kept.</summary>
    private const int Cancelled = 130;

    private static readonly string[] Collections = ["ilacs", "focused-visits", "seeds"];

    public static Command Create() => new("corpus", "Work with the project's corpus manifest (corpus/manifest.csv).") { Download() };

    private static Command Download()
    {
        var manifest = new Option<string>("--manifest") { Description = "The corpus manifest (document, collection, source_url, bytes, sha256 columns).", DefaultValueFactory = _ => Path.Combine("corpus", "manifest.csv") };
        var output = new Option<string>("--out") { Description = "Corpus root to download into; documents go to their manifest paths below it (ilacs/..., focused-visits/..., seeds/...).", DefaultValueFactory = _ => "corpus-download" };
        var collections = new Option<string[]>("--collection") { Description = "Only this collection (repeat for several; default: all)." };
        collections.AcceptOnlyFromAmong(Collections);
        var parallel = new Option<int>("--parallel") { Description = "Downloads at once.", DefaultValueFactory = _ => 4 };
        parallel.Validators.Add(r =>
        {
            if (r.GetValueOrDefault<int>() is < 1 or > 32)
            {
                r.AddError("--parallel must be between 1 and 32.");
            }
        });
        var baseUrl = new Option<string?>("--base-url") { Description = "Fetch from this host instead of the one in each source URL, keeping the URL's path (a mirror, or a test server)." };
        baseUrl.Validators.Add(r =>
        {
            if (r.GetValueOrDefault<string?>() is { } text && !SourceUrl.IsHttpUrl(text))
            {
                r.AddError($"--base-url '{text}' is not an absolute http(s) URL.");
            }
        });
        var timeout = new Option<int>("--timeout") { Description = "Give up on one try of a document after this many seconds (it is tried 3 times).", DefaultValueFactory = _ => 120 };
        timeout.Validators.Add(r =>
        {
            if (r.GetValueOrDefault<int>() < 1)
            {
                r.AddError("--timeout must be at least 1 second.");
            }
        });

        var command = new Command(
            "download",
            "Download every document of the manifest that has a source URL, verify its size and SHA-256, and skip those already in place. " +
            "Documents whose source recorded no URL (focused visits, seeds) are listed at the end. Exit code 2 when any download failed.")
        {
            manifest, output, collections, parallel, baseUrl, timeout,
        };
        command.SetAction(async (result, ct) =>
        {
            var manifestPath = result.GetValue(manifest)!;
            if (!File.Exists(manifestPath))
            {
                Console.Error.WriteLine($"manifest not found: {manifestPath} (run from the repository root, or give --manifest)");
                return ExitCodes.UsageError;
            }

            IReadOnlyList<ManifestEntry> entries;
            try
            {
                entries = CorpusManifest.Read(manifestPath);
            }
            catch (ManifestException e)
            {
                Console.Error.WriteLine(e.Message);
                return ExitCodes.UsageError;
            }

            var wanted = result.GetValue(collections) is { Length: > 0 } chosen ? chosen.ToHashSet(StringComparer.Ordinal) : null;
            if (wanted is not null)
            {
                entries = entries.Where(e => wanted.Contains(e.Collection)).ToList();
            }

            var root = Path.GetFullPath(result.GetValue(output)!);
            var @base = result.GetValue(baseUrl) is { } text ? new Uri(text) : null;
            var workers = result.GetValue(parallel);
            using var client = DownloadClient.Create(workers);
            var downloader = new CorpusDownloader(client, root, @base, RetryPolicy.Default, TimeSpan.FromSeconds(result.GetValue(timeout)));
            var progress = new DownloadProgress(entries.Count);
            try
            {
                await progress.RunAsync(() => Parallel.ForEachAsync(
                    entries,
                    new ParallelOptions { MaxDegreeOfParallelism = workers, CancellationToken = ct },
                    async (entry, token) => progress.Finished(await downloader.DownloadAsync(entry, progress.Received, token))));
            }
            catch (OperationCanceledException) when (ct.IsCancellationRequested)
            {
                Console.Error.WriteLine("cancelled: the documents verified so far are kept; run the same command again to resume");
                WriteSummary(progress, root);
                return Cancelled;
            }

            WriteSummary(progress, root);
            return progress.AnyFailed ? ExitCodes.SomeFilesFailed : ExitCodes.Success;
        });
        return command;
    }

    private static void WriteSummary(DownloadProgress progress, string root)
    {
        foreach (var line in progress.Summary(root))
        {
            Console.Error.WriteLine(line);
        }
    }
}
