using System.Diagnostics;
using InspectionMiner.Ingestion;

namespace InspectionMiner.Fuzzing;

/// <summary>
/// Mines mutants one at a time through <see cref="Miner.MineAsync(string, CancellationToken)"/> (written to files, so
/// reading is covered too) and checks the promises: every failure is a typed <see cref="DocumentReadException"/> whose
/// message speaks of the document, never of a library's internals; every call returns by its deadline; a file named
/// .pdf without a PDF header is never read. Before each mutant the heap is collected; while it is mined the process's
/// working set and managed heap are sampled every 10 ms, so that what one document adds is measured apart from what
/// earlier ones left for the collector.
/// </summary>
public static class FuzzRun
{
    private static readonly string[] Internals = ["Exception", "Parameter '", "raise an issue", "   at ", "Object reference", "Index was outside"];

    public static FuzzReport Run(IEnumerable<Mutant> mutants, int maxMutants, TimeSpan budget, TimeSpan timeout, Action<string>? progress = null)
    {
        var report = new FuzzReport();
        var folder = Directory.CreateTempSubdirectory("im-fuzz-").FullName;
        var miner = new Miner(new DocumentParser(new ReaderOptions { Timeout = timeout }));
        _ = miner.Classifier;
        var hangLimit = timeout * 3 + TimeSpan.FromSeconds(10);
        var clock = Stopwatch.StartNew();
        using var process = Process.GetCurrentProcess();
        long peakNow = 0;
        long heapNow = 0;
        using var sampling = new CancellationTokenSource();
        var sampler = new Thread(() =>
        {
            while (!sampling.IsCancellationRequested)
            {
                Interlocked.Exchange(ref peakNow, Math.Max(Interlocked.Read(ref peakNow), Environment.WorkingSet));
                Interlocked.Exchange(ref heapNow, Math.Max(Interlocked.Read(ref heapNow), GC.GetTotalMemory(false)));
                Thread.Sleep(10);
            }
        }) { IsBackground = true };
        GC.Collect();
        report.BaselineWorkingSet = Environment.WorkingSet;
        sampler.Start();
        try
        {
            foreach (var mutant in mutants.Take(maxMutants))
            {
                if (clock.Elapsed > budget)
                {
                    break;
                }

                var path = Path.Combine(folder, mutant.FileName);
                File.WriteAllBytes(path, mutant.Bytes);
                var name = $"#{mutant.Number} {mutant.Mutation} of {mutant.Source}";
                GC.Collect();
                GC.WaitForPendingFinalizers();
                GC.Collect();
                var heapBefore = GC.GetTotalMemory(false);
                Interlocked.Exchange(ref heapNow, heapBefore);
                Interlocked.Exchange(ref peakNow, Environment.WorkingSet);
                var started = Stopwatch.StartNew();
                var task = miner.MineAsync(path);
                var outcome = Outcome(task, hangLimit, mutant, name, report);
                var elapsed = started.Elapsed;
                var peak = Interlocked.Read(ref peakNow);
                var added = Math.Max(GC.GetTotalMemory(false), Interlocked.Read(ref heapNow)) - heapBefore;
                report.Mutants++;
                report.Mutations[mutant.Mutation] = report.Mutations.GetValueOrDefault(mutant.Mutation) + 1;
                report.Outcomes[outcome] = report.Outcomes.GetValueOrDefault(outcome) + 1;
                if (elapsed > report.Slowest)
                {
                    (report.Slowest, report.SlowestMutant) = (elapsed, name);
                }

                if (added > report.PeakDocumentHeap)
                {
                    (report.PeakDocumentHeap, report.PeakDocumentHeapMutant) = (added, name);
                }

                if (peak > report.PeakWorkingSet)
                {
                    (report.PeakWorkingSet, report.PeakMutant) = (peak, name);
                }

                if (task.IsCompleted)
                {
                    File.Delete(path);
                }

                if (report.Mutants % 50 == 0)
                {
                    progress?.Invoke($"[{clock.Elapsed:hh\\:mm\\:ss}] {report.Mutants} mutants, {report.Crashes.Count} crashes, {report.Hangs.Count} hangs, peak {report.PeakWorkingSet / 1048576} MiB, one document's heap at most {report.PeakDocumentHeap / 1048576} MiB");
                }
            }
        }
        finally
        {
            sampling.Cancel();
            report.Elapsed = clock.Elapsed;
        }

        return report;
    }

    private static string Outcome(Task<Classification.MinedDocument> task, TimeSpan hangLimit, Mutant mutant, string name, FuzzReport report)
    {
        try
        {
            if (!task.Wait(hangLimit))
            {
                report.Hangs.Add(name);
                return "hang";
            }

            if (mutant.FileName.EndsWith(".pdf", StringComparison.Ordinal) && mutant.Bytes.AsSpan(0, Math.Min(1024, mutant.Bytes.Length)).IndexOf("%PDF-"u8) < 0)
            {
                report.Violations.Add($"{name}: named .pdf without a PDF header, yet mined");
            }

            return "mined";
        }
        catch (AggregateException e) when (e.InnerException is DocumentReadException read)
        {
            if (Internals.FirstOrDefault(read.Message.Contains) is { } leak)
            {
                report.Violations.Add($"{name}: message shows \"{leak}\": {read.Message}");
            }

            return read.Reason.ToString();
        }
        catch (AggregateException e)
        {
            report.Crashes.Add($"{name}: {e.InnerException?.GetType().Name}: {e.InnerException?.Message}");
            return "crash";
        }
    }
}
