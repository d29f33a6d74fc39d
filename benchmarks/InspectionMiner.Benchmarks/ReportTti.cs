using System.Globalization;
using InspectionMiner.Tests.Analysis;

namespace InspectionMiner.Benchmarks;

/// <summary>
/// Time until interactive of an HTML report in Debian's headless chromium, in real time: for each run a fresh browser
/// (a fresh profile, so no cached code) opens the report and reads what the page recorded, <c>performance.now()</c>
/// when it set <c>data-ready</c>, and the page's own marks (ready, and when the packed findings were unpacked, which
/// the national view does not wait for). Chromium's
/// <c>--virtual-time-budget</c> is not used: under virtual time <c>performance.now()</c> stands still while a script
/// runs, so it leaves the script's work out.
/// </summary>
internal static class ReportTti
{
    public static async Task<int> RunAsync(string file, int runs, string hash)
    {
        var url = new Uri(Path.GetFullPath(file)).AbsoluteUri + hash;
        var ready = new List<double>();
        for (var run = 1; run <= runs; run++)
        {
            await using var browser = await HeadlessChromium.StartAsync();
            await browser.OpenAsync(url);
            var ms = double.Parse((await browser.EvaluateAsync("document.body.dataset.readyMs"))!.GetValue<string>(), CultureInfo.InvariantCulture);
            await browser.WaitForAsync("!document.getElementById('head') || performance.getEntriesByName('findings unpacked').length");   // the findings, unpacked after the first view
            var marks = (await browser.EvaluateAsync("performance.getEntriesByType('mark').map(m => m.name + ' ' + Math.round(m.startTime)).join(', ')"))!.GetValue<string>();
            ready.Add(ms);
            Console.WriteLine($"run {run}: data-ready {ms:0} ms ({marks})");
        }

        ready.Sort();
        var median = ready.Count % 2 == 1 ? ready[ready.Count / 2] : (ready[(ready.Count / 2) - 1] + ready[ready.Count / 2]) / 2;
        Console.WriteLine($"{Path.GetFileName(file)}{hash}: {runs} runs, median {median:0} ms, min {ready[0]:0}, max {ready[^1]:0}; load average {File.ReadAllText("/proc/loadavg").Split(' ')[0]}");
        return 0;
    }
}
