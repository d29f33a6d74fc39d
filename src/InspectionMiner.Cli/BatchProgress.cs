using System.Diagnostics;

namespace InspectionMiner.Cli;

/// <summary>
/// Counts a batch as it goes and shows it: a live progress bar (documents, rate, time left) on a terminal, plain
/// lines every few seconds when standard error is redirected or <c>CI</c> is set. Everything goes to standard
/// error, so standard output stays clean for records.
/// </summary>
internal sealed class BatchProgress
{
    private readonly Stopwatch _clock = Stopwatch.StartNew();
    private readonly int _total;
    private readonly ProgressDisplay _display;
    private TimeSpan _lastLine;

    /// <param name="total">The documents of the batch.</param>
    /// <param name="recordsOnStandardOutput">True when records go to standard output (no --out, no --quiet).</param>
    public BatchProgress(int total, bool recordsOnStandardOutput = false)
    {
        _total = total;
        _display = Choose(!Console.IsErrorRedirected, !Console.IsOutputRedirected, !string.IsNullOrEmpty(Environment.GetEnvironmentVariable("CI")), recordsOnStandardOutput);
    }

    public int Documents { get; private set; }

    public int Skipped { get; private set; }

    public int Failures { get; private set; }

    public long Pages { get; private set; }

    public long Units { get; private set; }

    public Dictionary<string, long> ByType { get; } = new(StringComparer.Ordinal);

    /// <summary>Units of the mined documents that a person should read (<see cref="Classification.Finding.NeedsReview"/>).</summary>
    public long Flagged { get; private set; }

    public int Done => Documents + Skipped + Failures;

    /// <summary>True when a live bar is drawn for work that writes no records to standard output.</summary>
    public static bool Interactive => Choose(!Console.IsErrorRedirected, !Console.IsOutputRedirected, !string.IsNullOrEmpty(Environment.GetEnvironmentVariable("CI")), false) == ProgressDisplay.Bar;

    /// <summary>
    /// How progress shows: a live bar on a terminal; plain lines when standard error is redirected or <c>CI</c> is set;
    /// nothing but the closing summary when records are written to the same terminal, so that they never interleave.
    /// </summary>
    public static ProgressDisplay Choose(bool errorIsTerminal, bool outputIsTerminal, bool ci, bool recordsOnStandardOutput) =>
        recordsOnStandardOutput && outputIsTerminal && errorIsTerminal ? ProgressDisplay.SummaryOnly
        : !errorIsTerminal || ci ? ProgressDisplay.Lines
        : ProgressDisplay.Bar;

    public void Mined(Classification.MinedDocument doc)
    {
        Documents++;
        Pages += doc.Document.PageCount;
        Units += doc.Units.Count;
        foreach (var u in doc.Units)
        {
            var key = u.Finding.Type.ToString();
            ByType[key] = ByType.GetValueOrDefault(key) + 1;
            Flagged += u.Finding.NeedsReview ? 1 : 0;
        }
    }

    public void Skip() => Skipped++;

    public void Fail() => Failures++;

    public string Status =>
        $"{Done}/{_total} documents ({Pages} pages, {Units} units, {Failures} failed, {Skipped} already stored), " +
        $"{Pages / Math.Max(0.001, _clock.Elapsed.TotalSeconds):0.0} pages/s" + (Done > 0 && Done < _total ? $", about {Remaining():mm\\:ss} left" : string.Empty);

    /// <summary>Runs <paramref name="work"/> with a live bar on a terminal, or with periodic lines otherwise.</summary>
    public async Task RunAsync(Func<Action, Task> work)
    {
        if (_display == ProgressDisplay.SummaryOnly)
        {
            await work(() => { });
            return;
        }

        if (_display == ProgressDisplay.Lines)
        {
            await work(() =>
            {
                if (_clock.Elapsed - _lastLine >= TimeSpan.FromSeconds(5) || Done == _total)
                {
                    _lastLine = _clock.Elapsed;
                    Console.Error.WriteLine($"[{_clock.Elapsed:hh\\:mm\\:ss}] {Status}");
                }
            });
            return;
        }

        await LiveProgress.RunAsync("mining", _total, (_, task) => work(() =>
        {
            task.Value = Done;
            task.Description = $"{Done}/{_total} docs · {Units} units · {Failures} failed · {Pages / Math.Max(0.001, _clock.Elapsed.TotalSeconds):0} pages/s";
        }));
    }

    public string Summary()
    {
        var types = string.Join(", ", new[] { "Strength", "AreaForImprovement", "Recommendation", "Neutral" }.Select(t => $"{t} {ByType.GetValueOrDefault(t)}"));
        return $"mined {Documents} documents ({Pages} pages, {Units} units: {types}); {Flagged} units flagged for review (needsReview); " +
               $"{Skipped} already stored; {Failures} failed; " +
               $"{_clock.Elapsed.TotalSeconds:0.0} s, {Pages / Math.Max(0.001, _clock.Elapsed.TotalSeconds):0.0} pages/s; working set {Environment.WorkingSet / 1048576} MiB now, " +
               $"{System.Diagnostics.Process.GetCurrentProcess().PeakWorkingSet64 / 1048576} MiB peak";
    }

    private TimeSpan Remaining() => TimeSpan.FromSeconds(_clock.Elapsed.TotalSeconds / Done * (_total - Done));
}

/// <summary>How a batch shows its progress on standard error.</summary>
internal enum ProgressDisplay
{
    /// <summary>A live progress bar.</summary>
    Bar,

    /// <summary>A plain status line every few seconds.</summary>
    Lines,

    /// <summary>Only the summary at the end.</summary>
    SummaryOnly,
}
