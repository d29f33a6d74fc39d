using System.Diagnostics;
using System.Text.RegularExpressions;
using UglyToad.PdfPig;

namespace InspectionMiner.Benchmarks;

/// <summary>
/// Issue 4's end-to-end measure, in one run: PdfPig's raw <c>page.Text</c> over every real PDF of the ILACS corpus on
/// one thread (the baseline), then <c>inspection-miner mine</c> (the built CLI, its own runtime settings, all cores)
/// over the whole folder into a fresh SQLite database, then the baseline again; and the CLI over the first 100 files for
/// the memory check.
/// Wall-clock times from a stopwatch; a round takes about 50 seconds. Not a BenchmarkDotNet job: the thing measured is a
/// whole process on all cores.
/// </summary>
internal static partial class EndToEnd
{
    public static int Run(int roundCount = 3)
    {
        var cli = Path.GetFullPath(Path.Combine(BenchCorpus.RepoRoot, "src", "InspectionMiner.Cli", "bin", "Release", "net10.0", "inspection-miner.dll"));
        if (!File.Exists(cli))
        {
            Console.Error.WriteLine($"{cli} is missing: build it first with `dotnet build -c Release`.");
            return 1;
        }

        var folder = Path.Combine(BenchCorpus.Root, "ilacs");
        var pdfs = BenchCorpus.IlacsPdfs();

        // Warm the file cache and the JIT the same way for both sides.
        RawPageText(pdfs.Take(5).ToList());

        // This machine's speed drifts by tens of percent over minutes, so each round brackets the mine run between two
        // baseline runs and compares it with their mean: a drift during the round weighs on both sides alike.
        var rounds = new List<(double RawRate, double RawBefore, double RawAfter, (int Files, long Pages, TimeSpan Wall, int PeakMiB) Mine)>();
        for (var round = 0; round < roundCount; round++)
        {
            var before = RawRate(pdfs);
            var mine = Mine([folder]);
            var after = RawRate(pdfs);
            rounds.Add(((before + after) / 2, before, after, mine));
        }

        // The ceiling: PdfPig alone on every core (its tokenizer pools operator names behind one process-wide lock).
        var rawAllCores = RawRate(pdfs, Environment.ProcessorCount);
        var first100 = Mine(Directory.GetFiles(folder, "*.pdf", SearchOption.AllDirectories).Order(StringComparer.Ordinal).Take(100).ToArray());

        Console.WriteLine();
        Console.WriteLine("| round | PdfPig raw `page.Text`, 1 thread, before / after (pages/s) | `mine` all ILACS files, all cores (wall, pages/s) | ratio to the mean | peak working set |");
        Console.WriteLine("|---|---|---|---|---|");
        for (var i = 0; i < rounds.Count; i++)
        {
            var (rawRate, before, after, m) = rounds[i];
            var rate = m.Pages / m.Wall.TotalSeconds;
            Console.WriteLine($"| {i + 1} | {before:0} / {after:0} | {m.Wall.TotalSeconds:0.0} s, {rate:0} | {rate / rawRate:0.00} | {m.PeakMiB} MiB |");
        }

        var ratios = rounds.Select(r => r.Mine.Pages / r.Mine.Wall.TotalSeconds / r.RawRate).Order().ToList();
        Console.WriteLine($"\nmedian ratio {ratios[ratios.Count / 2]:0.00} over {ratios.Count} rounds ({pdfs.Count} PDFs, {rounds[0].Mine.Pages:N0} pages)");
        var meanRaw = rounds.Average(r => r.RawRate);
        var meanMine = rounds.Average(r => r.Mine.Pages / r.Mine.Wall.TotalSeconds);
        Console.WriteLine($"PdfPig raw on {Environment.ProcessorCount} threads: {rawAllCores:0} pages/s, {rawAllCores / meanRaw:0.00}x its one-thread mean; mine {meanMine / rawAllCores:0.00}x of it");
        Console.WriteLine($"first 100 files: {first100.Pages:N0} pages in {first100.Wall.TotalSeconds:0.0} s, peak working set {first100.PeakMiB} MiB");
        Console.WriteLine($"{Environment.ProcessorCount} cores; CLI {cli}");
        return 0;

        (int Files, long Pages, TimeSpan Wall, int PeakMiB) Mine(string[] paths)
        {
            var db = Path.Combine(Path.GetTempPath(), $"im-bench-{Guid.NewGuid():N}.db");
            var info = new ProcessStartInfo("dotnet") { RedirectStandardError = true, RedirectStandardOutput = true, UseShellExecute = false };
            info.ArgumentList.Add(cli);
            info.ArgumentList.Add("mine");
            foreach (var p in paths)
            {
                info.ArgumentList.Add(p);
            }

            info.ArgumentList.Add("--db");
            info.ArgumentList.Add(db);
            info.ArgumentList.Add("--quiet");
            info.Environment["CI"] = "1";
            var watch = Stopwatch.StartNew();
            using var process = Process.Start(info)!;
            var stderr = process.StandardError.ReadToEndAsync();
            process.StandardOutput.ReadToEnd();
            process.WaitForExit();
            var wall = watch.Elapsed;
            var summary = stderr.Result.Split('\n').LastOrDefault(l => l.StartsWith("mined ", StringComparison.Ordinal)) ?? string.Empty;
            Console.WriteLine(summary);
            foreach (var f in Directory.GetFiles(Path.GetTempPath(), Path.GetFileName(db) + "*"))
            {
                File.Delete(f);
            }

            var pages = Summary().Match(summary);
            return (paths.Length == 1 ? Directory.GetFiles(paths[0], "*.pdf", SearchOption.AllDirectories).Length : paths.Length,
                pages.Success ? long.Parse(pages.Groups["pages"].Value) : 0, wall, pages.Success ? int.Parse(pages.Groups["peak"].Value) : 0);
        }
    }

    private static double RawRate(IReadOnlyList<string> files)
    {
        var clock = Stopwatch.StartNew();
        return RawPageText(files) / clock.Elapsed.TotalSeconds;
    }

    /// <summary>PdfPig raw <c>page.Text</c> over <paramref name="files"/> on <paramref name="threads"/> threads, one file each at a time.</summary>
    private static double RawRate(IReadOnlyList<string> files, int threads)
    {
        long pages = 0;
        var clock = Stopwatch.StartNew();
        Parallel.ForEach(files, new ParallelOptions { MaxDegreeOfParallelism = threads }, f => Interlocked.Add(ref pages, RawPageText([f])));
        return pages / clock.Elapsed.TotalSeconds;
    }

    private static long RawPageText(IReadOnlyList<string> files)
    {
        long pages = 0;
        foreach (var f in files)
        {
            using var pdf = PdfDocument.Open(f);
            foreach (var page in pdf.GetPages())
            {
                _ = page.Text;
                pages++;
            }
        }

        return pages;
    }

    [GeneratedRegex(@"\((?<pages>\d+) pages.*?(?<peak>\d+) MiB peak")]
    private static partial Regex Summary();
}
