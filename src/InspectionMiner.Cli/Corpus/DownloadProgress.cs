using System.Diagnostics;
using Spectre.Console;

namespace InspectionMiner.Cli.Corpus;

/// <summary>
/// Counts a corpus download as it goes and shows it the way <see cref="BatchProgress"/> shows a mining batch: a live
/// progress bar on a terminal, plain lines every few seconds when standard error is redirected or <c>CI</c> is set
/// (<see cref="BatchProgress.Interactive"/>), and a summary at the end. Downloads run in parallel, so every count
/// is kept under one lock. Everything goes to standard error.
/// </summary>
internal sealed class DownloadProgress
{
    private static readonly TimeSpan LineEvery = TimeSpan.FromSeconds(5);

    private readonly Stopwatch _clock = Stopwatch.StartNew();
    private readonly Lock _lock = new();
    private readonly List<DownloadResult> _results = [];
    private readonly int _total;
    private IAnsiConsole? _live;
    private ProgressTask? _bar;
    private TimeSpan _lastLine;
    private bool _lastShown;
    private long _received;

    public DownloadProgress(int total) => _total = total;

    /// <summary>Every result so far, in the order they finished.</summary>
    public IReadOnlyList<DownloadResult> Results
    {
        get
        {
            lock (_lock)
            {
                return [.. _results];
            }
        }
    }

    /// <summary>True when any document failed.</summary>
    public bool AnyFailed => Count(DownloadOutcome.Failed) > 0;

    /// <summary>Counts <paramref name="bytes"/> more of body received (including bodies later thrown away).</summary>
    public void Received(long bytes)
    {
        lock (_lock)
        {
            _received += bytes;
            Show();
        }
    }

    /// <summary>Records a finished document; a failure is written out at once, above the bar on a terminal.</summary>
    public void Finished(DownloadResult result)
    {
        lock (_lock)
        {
            _results.Add(result);
            if (result.Outcome == DownloadOutcome.Failed)
            {
                WriteLine(result.ToString());
            }

            Show();
        }
    }

    /// <summary>Runs <paramref name="work"/> with a live bar on a terminal, or with periodic lines otherwise.</summary>
    public async Task RunAsync(Func<Task> work)
    {
        if (!BatchProgress.Interactive)
        {
            await work().ConfigureAwait(false);
            return;
        }

        await LiveProgress.RunAsync("downloading", _total, async (console, bar) =>
        {
            lock (_lock)
            {
                _live = console;
                _bar = bar;
                Show();
            }

            try
            {
                await work().ConfigureAwait(false);
            }
            finally
            {
                lock (_lock)
                {
                    Show();
                    _live = null;
                    _bar = null;
                }
            }
        }).ConfigureAwait(false);
    }

    /// <summary>The closing report: documents without a source URL, then failures with their reasons, then one line of counts.</summary>
    public IEnumerable<string> Summary(string root)
    {
        var results = Results.OrderBy(r => r.Entry.Document, StringComparer.Ordinal).ToList();
        var noUrl = results.Where(r => r.Outcome == DownloadOutcome.NoSourceUrl).ToList();
        if (noUrl.Count > 0)
        {
            yield return $"no source URL in the manifest ({noUrl.Count}; get these another way):";
            foreach (var r in noUrl)
            {
                yield return "  " + r.Entry.Document;
            }
        }

        var failed = results.Where(r => r.Outcome == DownloadOutcome.Failed).ToList();
        if (failed.Count > 0)
        {
            yield return $"failed ({failed.Count}):";
            foreach (var r in failed)
            {
                yield return "  " + r;
            }
        }

        var downloaded = results.Where(r => r.Outcome == DownloadOutcome.Downloaded).ToList();
        var there = results.Where(r => r.Outcome == DownloadOutcome.AlreadyThere).ToList();
        var seconds = Math.Max(0.001, _clock.Elapsed.TotalSeconds);
        var bytes = downloaded.Sum(r => r.Bytes);
        yield return $"downloaded {downloaded.Count} documents ({Megabytes(bytes)}); {there.Count} already there ({Megabytes(there.Sum(r => r.Bytes))}); " +
                     $"{failed.Count} failed; {noUrl.Count} with no source URL; {seconds:0.0} s, {Megabytes((long)(bytes / seconds))}/s; into {root}";
    }

    private int Count(DownloadOutcome outcome)
    {
        lock (_lock)
        {
            return _results.Count(r => r.Outcome == outcome);
        }
    }

    /// <summary>Updates the bar, or writes a plain line when one is due (every few seconds, and at the last document).</summary>
    private void Show()
    {
        var done = _results.Count;
        if (_bar is not null)
        {
            _bar.Value = done;
            _bar.Description = $"{done}/{_total} docs · {Megabytes(_received)} · {Tally(DownloadOutcome.Failed)} failed · {Megabytes((long)(_received / Math.Max(0.001, _clock.Elapsed.TotalSeconds)))}/s";
            return;
        }

        if (_live is null && !_lastShown && (_clock.Elapsed - _lastLine >= LineEvery || done == _total))
        {
            _lastLine = _clock.Elapsed;
            _lastShown = done == _total;
            Console.Error.WriteLine($"[{_clock.Elapsed:hh\\:mm\\:ss}] {done}/{_total} documents: {Tally(DownloadOutcome.Downloaded)} downloaded, " +
                                    $"{Tally(DownloadOutcome.AlreadyThere)} already there, {Tally(DownloadOutcome.Failed)} failed, " +
                                    $"{Tally(DownloadOutcome.NoSourceUrl)} no source URL; {Megabytes(_received)} received");
        }
    }

    private void WriteLine(string line)
    {
        if (_live is not null)
        {
            _live.WriteLine(line);
        }
        else
        {
            Console.Error.WriteLine(line);
        }
    }

    private int Tally(DownloadOutcome outcome) => _results.Count(r => r.Outcome == outcome);

    private static string Megabytes(long bytes) => $"{bytes / 1e6:0.0} MB";
}
