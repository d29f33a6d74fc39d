using System.Text;

namespace InspectionMiner.Fuzzing;

/// <summary>What a fuzz run found: outcomes by reason, crashes, hangs, broken promises, time and peak memory.</summary>
public sealed class FuzzReport
{
    public int Mutants { get; set; }

    public Dictionary<string, int> Outcomes { get; } = new(StringComparer.Ordinal);

    public Dictionary<string, int> Mutations { get; } = new(StringComparer.Ordinal);

    /// <summary>An exception other than the typed read error escaped (or the process would have died).</summary>
    public List<string> Crashes { get; } = [];

    /// <summary>A document whose call did not return within the hang limit, although its deadline should have ended it.</summary>
    public List<string> Hangs { get; } = [];

    /// <summary>A promise broken: a message leaking internals, a header-less .pdf read as text.</summary>
    public List<string> Violations { get; } = [];

    public TimeSpan Elapsed { get; set; }

    public TimeSpan Slowest { get; set; }

    public string SlowestMutant { get; set; } = "";

    /// <summary>The highest working set of the process while one mutant was mined, and which.</summary>
    public long PeakWorkingSet { get; set; }

    public string PeakMutant { get; set; } = "";

    /// <summary>The most managed memory one mutant added to the heap while it was mined (sampled), and which.</summary>
    public long PeakDocumentHeap { get; set; }

    public string PeakDocumentHeapMutant { get; set; } = "";

    /// <summary>The working set before the first mutant (model loaded).</summary>
    public long BaselineWorkingSet { get; set; }

    public string ToMarkdown()
    {
        var text = new StringBuilder();
        text.AppendLine($"{Mutants} mutants in {Elapsed.TotalSeconds:0} s: {Crashes.Count} crashes, {Hangs.Count} hangs, {Violations.Count} broken promises");
        text.AppendLine($"process peak working set {PeakWorkingSet / 1048576} MiB (on {PeakMutant}); {BaselineWorkingSet / 1048576} MiB before the first");
        text.AppendLine($"one document's heap at most {PeakDocumentHeap / 1048576} MiB (on {PeakDocumentHeapMutant}); slowest {Slowest.TotalSeconds:0.0} s ({SlowestMutant})");
        text.AppendLine("mutations: " + string.Join(", ", Mutations.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => $"{p.Key} {p.Value}")));
        text.AppendLine("outcomes: " + string.Join(", ", Outcomes.OrderByDescending(p => p.Value).Select(p => $"{p.Key} {p.Value}")));
        foreach (var line in Crashes.Select(c => "crash: " + c).Concat(Hangs.Select(h => "hang: " + h)).Concat(Violations.Select(v => "broken: " + v)))
        {
            text.AppendLine(line);
        }

        return text.ToString();
    }
}
