using System.Diagnostics;
using System.Text.RegularExpressions;
using InspectionMiner.Analysis;
using InspectionMiner.Labels;

namespace InspectionMiner.Tests.Analysis;

/// <summary>
/// The HTML report rendered by a real headless browser (Debian's chromium; .ci/run installs it): the page runs
/// its script, draws its charts, and the findings browser filters as the address asks.
/// </summary>
[Trait(TestSets.Category, TestSets.Full)] // drives a headless browser
public class HtmlReportTests : IClassFixture<HtmlReportTests.Report>
{
    private readonly Report _report;

    public HtmlReportTests(Report report) => _report = report;

    [Fact]
    public async Task The_report_renders_with_its_charts_in_a_headless_browser()
    {
        var dom = await Chromium.DumpDomAsync(_report.File, string.Empty);
        Assert.Contains("data-ready=\"true\"", dom);
        Assert.Contains("class=\"chart grades\"", dom);
        Assert.Contains("class=\"chart heatmap\"", dom);
        var years = _report.Documents.Select(d => d.Year).Distinct().Count();
        Assert.Equal(years * Enum.GetValues<Theme>().Length, Regex.Matches(dom, "class=\"heat-cell\"").Count);
        Assert.True(Regex.Matches(dom, "class=\"grade-point\"").Count > 0, "grade points are drawn for the authority with graded inspections");
        Assert.DoesNotContain("http://", Regex.Replace(dom, "xmlns=\"http://www.w3.org/2000/svg\"", string.Empty).Split("<script id=\"data\"")[0]);
    }

    [Fact]
    public async Task The_findings_browser_filters_by_type_theme_and_authority()
    {
        var all = await CountAsync(string.Empty);
        Assert.Equal(_report.Findings.Count, all);

        var recommendations = await CountAsync("#type=Recommendation");
        Assert.Equal(_report.Findings.Count(f => f.Type == FindingType.Recommendation), recommendations);
        Assert.InRange(recommendations, 1, all - 1);

        var planning = await CountAsync("#type=AreaForImprovement&theme=Planning");
        Assert.Equal(_report.Findings.Count(f => f.Type == FindingType.AreaForImprovement && f.Themes.Contains(Theme.Planning)), planning);

        var authority = _report.Documents.First().Authority!;
        var ids = _report.Documents.Where(d => d.Authority == authority).Select(d => d.Id).ToHashSet();
        Assert.Equal(_report.Findings.Count(f => ids.Contains(f.DocumentId)), await CountAsync("#authority=" + Uri.EscapeDataString(authority)));
    }

    [Fact]
    public async Task Every_finding_links_to_its_document_and_page()
    {
        var dom = await Chromium.DumpDomAsync(_report.File, "#type=Strength");
        var links = Regex.Matches(dom, "<a href=\"([^\"]+)#page=(\\d+)\"");
        Assert.NotEmpty(links);
        Assert.All(links, m => Assert.EndsWith(".pdf", Uri.UnescapeDataString(m.Groups[1].Value), StringComparison.Ordinal));
    }

    private async Task<int> CountAsync(string hash)
    {
        var dom = await Chromium.DumpDomAsync(_report.File, hash);
        var match = Regex.Match(dom, "data-count=\"(\\d+)\"");
        Assert.True(match.Success, "the browser ran the filter script");
        return int.Parse(match.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
    }

    /// <summary>Mines two authorities' real reports and letters into a database and writes the report once.</summary>
    public sealed class Report
    {
        public Report()
        {
            var miner = new Miner();
            var dbPath = Path.Combine(Path.GetTempPath(), "im-report-" + Guid.NewGuid().ToString("N") + ".db");
            using (var db = FindingsDatabase.OpenAsync(dbPath).GetAwaiter().GetResult())
            {
                var files = Directory.GetFiles(Path.Combine(TestCorpus.Shared, "ilacs", "luton"), "*.pdf")
                    .Concat(Directory.GetFiles(Path.Combine(TestCorpus.Shared, "focused-visits", "luton"), "*.pdf").Take(2))
                    .Concat(Directory.GetFiles(Path.Combine(TestCorpus.Shared, "ilacs", "middlesbrough"), "*.pdf").Take(2));
                foreach (var file in files)
                {
                    db.AddAsync(file, miner.MineAsync(file).GetAwaiter().GetResult()).GetAwaiter().GetResult();
                }

                Documents = db.DocumentsAsync().GetAwaiter().GetResult();
                Findings = db.FindingsAsync().GetAwaiter().GetResult();
            }

            File = Path.Combine(Path.GetTempPath(), "im-report-" + Guid.NewGuid().ToString("N") + ".html");
            System.IO.File.WriteAllText(File, HtmlReport.Build(Documents, Findings, "Test report"));
        }

        public string File { get; }

        public IReadOnlyList<StoredDocument> Documents { get; }

        public IReadOnlyList<StoredFinding> Findings { get; }
    }
}

/// <summary>Runs Debian's headless chromium and returns the DOM after the page's scripts ran.</summary>
internal static class Chromium
{
    public static async Task<string> DumpDomAsync(string file, string hash)
    {
        var exe = new[] { "/usr/bin/chromium", "/usr/bin/chromium-browser" }.FirstOrDefault(System.IO.File.Exists)
            ?? throw new InvalidOperationException("The HTML report tests need a real browser: install Debian's chromium package (apt-get install chromium); .ci/run does.");
        var info = new ProcessStartInfo(exe) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var a in new[] { "--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--virtual-time-budget=5000", "--dump-dom", new Uri(file).AbsoluteUri + hash })
        {
            info.ArgumentList.Add(a);
        }

        using var process = Process.Start(info)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        _ = process.StandardError.ReadToEndAsync();
        using var cts = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        await process.WaitForExitAsync(cts.Token);
        return await stdout;
    }
}
