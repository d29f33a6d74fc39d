using System.Globalization;
using System.Text.RegularExpressions;
using InspectionMiner.Analysis;
using InspectionMiner.Labels;

namespace InspectionMiner.Tests.Analysis;

/// <summary>
/// The HTML report in a real headless browser (Debian's chromium, driven through the DevTools protocol): it loads,
/// draws its views, applies the filters of its address, sorts when a column head is clicked, exports the filtered
/// rows to CSV, and its source links lead to the documents.
/// </summary>
[Trait(TestSets.Category, TestSets.Full)] // drives a headless browser
public class HtmlReportTests : IClassFixture<HtmlReportTests.Report>
{
    private readonly Report _report;

    public HtmlReportTests(Report report) => _report = report;

    private static bool IsReport(DocumentKind kind) =>
        kind is DocumentKind.StandardInspection or DocumentKind.ShortInspection or DocumentKind.Reinspection or DocumentKind.CouncilReport;

    [Fact]
    public async Task The_national_view_draws_a_labelled_heatmap_with_shares_counts_and_a_legend()
    {
        await using var browser = await HeadlessChromium.StartAsync();
        await browser.OpenAsync(_report.Url("#view=national"));
        Assert.False((await browser.EvaluateAsync("document.getElementById('v-national').hidden"))!.GetValue<bool>());
        var reportYears = _report.Documents.Where(d => IsReport(d.Kind) && d.Year is not null).Select(d => d.Year!.Value).Distinct().Order().ToList();
        var counts = (await browser.EvaluateAsync("[...document.querySelectorAll('#heatmap .heat-count')].map(t => t.textContent).join('|')"))!.GetValue<string>();
        Assert.Equal(string.Join('|', reportYears.Select(y => "n=" + _report.Documents.Count(d => IsReport(d.Kind) && d.Year == y))), counts);
        var cells = (await browser.EvaluateAsync("[...document.querySelectorAll('#heatmap .heat-cell text')].map(t => t.textContent)"))!.AsArray();
        Assert.Equal(reportYears.Count * Enum.GetValues<Theme>().Length, cells.Count);
        Assert.All(cells, c => Assert.Matches("^\\d{1,3}%$", c!.GetValue<string>()));
        Assert.Contains("Themes by year in reports", (await browser.EvaluateAsync("document.querySelector('#heatmap svg').getAttribute('aria-label')"))!.GetValue<string>());
        Assert.True((await browser.EvaluateAsync("!!document.querySelector('#heatmap .legend .ramp')"))!.GetValue<bool>());

        await browser.OpenAsync(_report.Url("#view=national&nkind=letter"));
        var letterYears = _report.Documents.Where(d => !IsReport(d.Kind) && d.Year is not null).Select(d => d.Year).Distinct().Count();
        Assert.Equal(letterYears, (await browser.EvaluateAsync("document.querySelectorAll('#heatmap .heat-count').length"))!.GetValue<int>());
    }

    [Fact]
    public async Task An_authority_front_page_shows_its_history_grades_and_neighbours_beside_England()
    {
        await using var browser = await HeadlessChromium.StartAsync();
        await browser.OpenAsync(_report.Url("#view=authority&authority=Luton"));
        var luton = _report.Documents.Where(d => d.LocalAuthority?.Name == "Luton").OrderBy(d => d.Date).ToList();
        var dates = (await browser.EvaluateAsync("[...document.querySelectorAll('#a-history tbody tr')].map(r => r.cells[0].textContent).join('|')"))!.GetValue<string>();
        Assert.Equal(string.Join('|', luton.Select(d => d.Date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture))), dates);
        Assert.True((await browser.EvaluateAsync("document.querySelectorAll('#a-grades .grade-point').length"))!.GetValue<int>() > 0);
        Assert.StartsWith("Grades of Luton over time", (await browser.EvaluateAsync("document.querySelector('#a-grades svg').getAttribute('aria-label')"))!.GetValue<string>());
        var heads = (await browser.EvaluateAsync("[...document.querySelectorAll('#a-neighbours thead th')].map(t => t.firstChild.textContent ?? t.textContent)"))!.AsArray().Select(n => n!.GetValue<string>()).ToList();
        Assert.Equal(["Theme", "Luton"], heads.Take(2));
        Assert.Equal(["Neighbours", "England"], heads.TakeLast(2));
        var neighbours = _report.Documents.First(d => d.LocalAuthority?.Name == "Luton").LocalAuthority!.StatisticalNeighbours;
        Assert.Equal(10, neighbours.Count);
        var shown = (await browser.EvaluateAsync("document.getElementById('a-neighbours').textContent"))!.GetValue<string>();
        Assert.All(neighbours.Select(InspectionMiner.Facts.LocalAuthorities.ByLaCode), n => Assert.Contains(n!.Name, shown));   // a column, or named as having no document
    }

    [Fact]
    public async Task The_history_fits_a_1280_pixel_window_and_names_the_counts_as_the_labels_do()
    {
        await using var browser = await HeadlessChromium.StartAsync();
        await browser.OpenAsync(_report.Url("#view=authority&authority=Luton"));
        Assert.Equal(1280, (await browser.EvaluateAsync("window.innerWidth"))!.GetValue<int>());
        // every column is on the screen: the table is no wider than its box, and its last column ends inside the window
        Assert.True((await browser.EvaluateAsync("(() => { const s = document.querySelector('#a-history .scroll'); return s.scrollWidth <= s.clientWidth; })()"))!.GetValue<bool>());
        Assert.InRange((await browser.EvaluateAsync("document.querySelector('#a-history thead th:last-child').getBoundingClientRect().right"))!.GetValue<double>(), 1, 1280);
        var heads = (await browser.EvaluateAsync("[...document.querySelectorAll('#a-history thead th')].map(t => t.textContent)"))!.AsArray().Select(n => n!.GetValue<string>()).ToList();
        var labels = File.ReadAllText(Path.Combine(TestCorpus.RepoRoot, "docs", "labels.md"));
        Assert.Equal(["Strengths", "Areas for improvement", "Recommendations", "Source"], heads.TakeLast(4));
        Assert.All(heads.Skip(heads.Count - 3).Take(2), l => Assert.Contains("\"" + l + "\"", labels, StringComparison.Ordinal));   // as docs/labels.md spells the headings
        var rows = (await browser.EvaluateAsync("[...document.querySelectorAll('#a-history tbody tr')].map(r => [...r.cells].slice(8, 11).map(c => +c.textContent))"))!.AsArray();
        var luton = _report.Documents.Where(d => d.LocalAuthority?.Name == "Luton").OrderBy(d => d.Date).ToList();
        Assert.Equal(luton.Select(d => new[] { FindingType.Strength, FindingType.AreaForImprovement, FindingType.Recommendation }.Select(t => _report.Findings.Count(f => f.DocumentId == d.Id && f.Type == t)).ToList()),
            rows.Select(r => r!.AsArray().Select(c => c!.GetValue<int>()).ToList()));
    }

    [Fact]
    public async Task Recommendations_followed_through_are_named_in_words_paged_sortable_and_filtered_from_the_address()
    {
        var luton = _report.Documents.First(d => d.LocalAuthority?.Name == "Luton").LocalAuthority!;
        var followUps = new FollowThrough(_report.Documents, _report.Findings).Of(luton).Where(f => f.Status != FollowUpStatus.NoLaterDocument).ToList();
        var shown = followUps.Count(f => f.Status != FollowUpStatus.NotMentionedSince);
        Assert.InRange(shown, 21, followUps.Count - 1);   // more than one page of 20
        await using var browser = await HeadlessChromium.StartAsync();
        await browser.OpenAsync(_report.Url("#view=authority&authority=Luton"));

        // status names and the finding types' plurals in words: "Now a strength", "Areas for improvement"
        var heads = (await browser.EvaluateAsync("[...document.querySelectorAll('#a-follow-summary thead th')].slice(1).map(t => t.textContent)"))!.AsArray().Select(n => n!.GetValue<string>()).ToList();
        Assert.Contains("Now a strength", heads);
        Assert.All(heads, t => Assert.Matches("^[A-Z][a-z]*( [a-z]+)*$", t));
        var rowHeads = (await browser.EvaluateAsync("[...document.querySelectorAll('#a-follow-summary tbody th')].map(t => t.textContent)"))!.AsArray().Select(n => n!.GetValue<string>()).ToList();
        Assert.Equal(["Recommendations", "Areas for improvement"], rowHeads);
        var counts = (await browser.EvaluateAsync("[...document.querySelectorAll('#a-follow-summary tbody tr')].map(r => [...r.cells].slice(1).map(c => +c.textContent))"))!.AsArray();
        Assert.Equal(followUps.Count(f => f.Finding.Type == FindingType.AreaForImprovement && f.Status == FollowUpStatus.NowAStrength), counts[1]![2]!.GetValue<int>());

        // 20 a page, the count of every row; the status column in words
        Assert.Equal(shown, int.Parse((await browser.EvaluateAsync("document.getElementById('a-follow-count').dataset.count"))!.GetValue<string>(), CultureInfo.InvariantCulture));
        Assert.Equal(20, (await browser.EvaluateAsync("document.querySelectorAll('#a-follow-table tbody tr').length"))!.GetValue<int>());
        await browser.EvaluateAsync("dispatchEvent(new Event('beforeprint'))");   // printed: every row, not the page
        Assert.Equal(shown, (await browser.EvaluateAsync("document.querySelectorAll('#a-follow-table tbody tr').length"))!.GetValue<int>());
        await browser.EvaluateAsync("dispatchEvent(new Event('afterprint'))");
        Assert.Equal(20, (await browser.EvaluateAsync("document.querySelectorAll('#a-follow-table tbody tr').length"))!.GetValue<int>());
        await browser.ClickAsync("#a-follow-pages button[aria-label^='Next page']");
        await browser.WaitForAsync("location.hash.includes('fpage=2')");
        Assert.Equal(Math.Min(20, shown - 20), (await browser.EvaluateAsync("document.querySelectorAll('#a-follow-table tbody tr').length"))!.GetValue<int>());

        // a click on a column head sorts by it, and the sort goes into the address
        await browser.ClickAsync("#a-follow-table th[data-key=status] button");
        await browser.WaitForAsync("location.hash.includes('fsort=status')");
        Assert.Equal("ascending", (await browser.EvaluateAsync("document.querySelector('#a-follow-table th[data-key=status]').getAttribute('aria-sort')"))!.GetValue<string>());
        var statuses = (await browser.EvaluateAsync("[...document.querySelectorAll('#a-follow-table tbody tr')].map(r => r.cells[2].textContent)"))!.AsArray().Select(n => n!.GetValue<string>()).ToList();
        Assert.Equal(Enumerable.Repeat("Raised again", Math.Min(20, followUps.Count(f => f.Status == FollowUpStatus.RaisedAgain))), statuses.Take(followUps.Count(f => f.Status == FollowUpStatus.RaisedAgain)));
        await browser.ClickAsync("#a-follow-table th[data-key=evidence] button");
        await browser.WaitForAsync("location.hash.includes('fsort=evidence')");
        await browser.ClickAsync("#a-follow-table th[data-key=evidence] button");
        await browser.WaitForAsync("location.hash.includes('fdir=desc')");
        Assert.Equal(followUps.Where(f => f.Status != FollowUpStatus.NotMentionedSince).Max(f => f.Evidence.Count),
            (await browser.EvaluateAsync("document.querySelectorAll('#a-follow-table tbody tr')[0].cells[3].querySelectorAll('.evidence').length"))!.GetValue<int>());

        // filtered by what became of it, from the address
        await browser.OpenAsync(_report.Url("#view=authority&authority=Luton&fstatus=NowAStrength"));
        var strengths = followUps.Count(f => f.Status == FollowUpStatus.NowAStrength);
        Assert.Equal(strengths, int.Parse((await browser.EvaluateAsync("document.getElementById('a-follow-count').dataset.count"))!.GetValue<string>(), CultureInfo.InvariantCulture));
        var cells = (await browser.EvaluateAsync("[...document.querySelectorAll('#a-follow-table tbody tr')].map(r => r.cells[2].textContent)"))!.AsArray().Select(n => n!.GetValue<string>()).ToList();
        Assert.Equal(Enumerable.Repeat("Now a strength", Math.Min(20, strengths)), cells);
    }

    [Fact]
    public async Task Filters_in_the_address_select_the_findings_and_a_changed_filter_goes_back_into_the_address()
    {
        await using var browser = await HeadlessChromium.StartAsync();
        await browser.OpenAsync(_report.Url("#view=findings&kind=letter&type=AreaForImprovement"));
        var letters = _report.Documents.Where(d => !IsReport(d.Kind)).Select(d => d.Id).ToHashSet();
        var expected = _report.Findings.Count(f => letters.Contains(f.DocumentId) && f.Type == FindingType.AreaForImprovement);
        Assert.InRange(expected, 1, _report.Findings.Count - 1);
        Assert.Equal(expected, await CountAsync(browser));
        Assert.Equal(Math.Min(50, expected), (await browser.EvaluateAsync("document.querySelectorAll('#findings tbody tr').length"))!.GetValue<int>());

        await browser.EvaluateAsync("(() => { const s = document.getElementById('f-theme'); s.value = 'Planning'; s.dispatchEvent(new Event('input')); })()");
        Assert.Contains("theme=Planning", (await browser.EvaluateAsync("location.hash"))!.GetValue<string>());
        Assert.Equal(_report.Findings.Count(f => letters.Contains(f.DocumentId) && f.Type == FindingType.AreaForImprovement && f.Themes.Contains(Theme.Planning)), await CountAsync(browser));

        await browser.OpenAsync(_report.Url("#type=Recommendation"));
        Assert.Equal(_report.Findings.Count(f => f.Type == FindingType.Recommendation), await CountAsync(browser));
    }

    [Fact]
    public async Task The_summary_counts_the_findings_flagged_for_review_and_its_card_filters_the_browser_to_them()
    {
        var flagged = _report.Findings.Count(f => f.NeedsReview);
        Assert.InRange(flagged, 1, _report.Findings.Count / 2);
        await using var browser = await HeadlessChromium.StartAsync();
        await browser.OpenAsync(_report.Url("#view=national"));
        Assert.Equal(flagged.ToString("N0", CultureInfo.InvariantCulture), (await browser.EvaluateAsync("document.querySelector('#summary-review b').textContent"))!.GetValue<string>());
        Assert.Equal("flagged for review", (await browser.EvaluateAsync("document.querySelector('#summary-review span').textContent"))!.GetValue<string>());

        await browser.ClickAsync("#summary-review");
        await browser.WaitForAsync("!document.getElementById('v-findings').hidden");
        Assert.Contains("review=flagged", (await browser.EvaluateAsync("location.hash"))!.GetValue<string>());
        Assert.Equal(flagged, await CountAsync(browser));
        var texts = _report.Findings.Where(f => f.NeedsReview).Select(f => f.Text).ToHashSet();
        var shown = (await browser.EvaluateAsync("[...document.querySelectorAll('#findings tbody tr')].map(r => r.cells[6].textContent)"))!.AsArray();
        Assert.Equal(Math.Min(50, flagged), shown.Count);
        Assert.All(shown, t => Assert.Contains(t!.GetValue<string>(), texts));

        await browser.OpenAsync(_report.Url("#view=findings&review=confident&type=Recommendation"));
        Assert.Equal(_report.Findings.Count(f => !f.NeedsReview && f.Type == FindingType.Recommendation), await CountAsync(browser));
    }

    [Fact]
    public async Task Findings_come_newest_first_and_a_click_on_a_column_head_sorts_by_it()
    {
        await using var browser = await HeadlessChromium.StartAsync();
        await browser.OpenAsync(_report.Url("#view=findings"));
        var newest = _report.Documents.Max(d => d.Date)!.Value.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        Assert.Equal(newest, await FirstCellAsync(browser, 0));
        Assert.Equal(_report.Findings.Count, await CountAsync(browser));

        await browser.ClickAsync("#findings th[data-key=authority] button");
        await browser.WaitForAsync("location.hash.includes('sort=authority')");
        var names = _report.Documents.Select(d => d.LocalAuthority?.Name ?? d.Authority ?? "unknown").ToList();
        Assert.Equal("ascending", (await browser.EvaluateAsync("document.querySelector('#findings th[data-key=authority]').getAttribute('aria-sort')"))!.GetValue<string>());
        Assert.Equal(names.Min(StringComparer.Create(CultureInfo.InvariantCulture, CompareOptions.IgnoreCase)), await FirstCellAsync(browser, 1));

        await browser.ClickAsync("#findings th[data-key=authority] button");
        await browser.WaitForAsync("location.hash.includes('dir=desc')");
        Assert.Equal(names.Max(StringComparer.Create(CultureInfo.InvariantCulture, CompareOptions.IgnoreCase)), await FirstCellAsync(browser, 1));
    }

    [Fact]
    public async Task The_export_writes_the_filtered_rows_as_csv()
    {
        await using var browser = await HeadlessChromium.StartAsync();
        await browser.OpenAsync(_report.Url("#view=findings&type=AreaForImprovement&authority=Luton"));
        var expected = await CountAsync(browser);
        Assert.InRange(expected, 51, _report.Findings.Count - 1);   // more than one page: every filtered row is exported, not the page
        await browser.ClickAsync("#f-export");
        var file = Path.Combine(browser.Downloads, "findings.csv");
        for (var i = 0; i < 600 && !File.Exists(file); i++)
        {
            await Task.Delay(100);
        }

        using var parser = new Microsoft.VisualBasic.FileIO.TextFieldParser(file) { TextFieldType = Microsoft.VisualBasic.FileIO.FieldType.Delimited, HasFieldsEnclosedInQuotes = true };
        parser.SetDelimiters(",");
        var header = parser.ReadFields()!;
        Assert.Equal(["date", "authority", "kind", "type", "area", "themes", "text", "page", "source"], header);
        var rows = new List<Dictionary<string, string>>();
        while (parser.ReadFields() is { } fields)
        {
            rows.Add(header.Zip(fields).ToDictionary(p => p.First, p => p.Second));
        }

        Assert.Equal(expected, rows.Count);
        Assert.All(rows, r => Assert.Equal("AreaForImprovement", r["type"]));
        Assert.All(rows, r => Assert.Equal("Luton", r["authority"]));
        var texts = _report.Findings.Where(f => f.Type == FindingType.AreaForImprovement).Select(f => f.Text).ToHashSet();
        Assert.All(rows, r => Assert.Contains(r["text"], texts));
    }

    [Fact]
    public async Task Source_links_are_the_Ofsted_address_or_a_path_relative_to_the_report_and_lead_to_the_page()
    {
        var html = await File.ReadAllTextAsync(_report.File);
        Assert.DoesNotContain("\"" + TestCorpus.Shared, ReportPayload.Head(html));
        Assert.DoesNotContain("\"" + TestCorpus.Shared, html);    // the documents' absolute paths are nowhere in the file
        Assert.DoesNotContain("\"" + TestCorpus.RepoRoot, html);
        var hrefs = ReportPayload.Documents(html).Select(d => d!["href"]!.GetValue<string>()).ToList();
        Assert.All(hrefs, h => Assert.True(h.StartsWith("https://", StringComparison.Ordinal) || h.StartsWith("../", StringComparison.Ordinal) || h.StartsWith("./", StringComparison.Ordinal), h));
        var manifest = File.ReadAllLines(Path.Combine(TestCorpus.Shared, "ilacs", "manifest.csv")).Where(l => l.StartsWith("luton/", StringComparison.Ordinal)).Select(l => l.Split(',')[4]).ToHashSet();
        Assert.Equal(manifest.Count, hrefs.Count(manifest.Contains));

        await using var browser = await HeadlessChromium.StartAsync();
        var sample = TestCorpus.Sample("westmarch-focused-visit.txt");
        var letter = _report.Documents.Single(d => d.Path == sample);
        var name = letter.LocalAuthority?.Name ?? letter.Authority ?? "unknown";
        await browser.OpenAsync(_report.Url("#view=findings&authority=" + Uri.EscapeDataString(name) + "&q=" + Uri.EscapeDataString("child in need plans")));
        var expected = _report.Findings.Count(f => f.DocumentId == letter.Id && f.Text.Contains("child in need plans", StringComparison.OrdinalIgnoreCase));
        Assert.InRange(expected, 1, 3);
        Assert.Equal(expected, await CountAsync(browser));
        var href = (await browser.EvaluateAsync("document.querySelector('#findings tbody a.source').href"))!.GetValue<string>();
        Assert.Equal(new Uri(sample).AbsoluteUri + "#page=1", href);
        await browser.ClickAsync("#findings tbody a.source");
        await browser.WaitForAsync("location.href.endsWith('westmarch-focused-visit.txt#page=1') && document.body && document.body.innerText.includes('Westmarch')");
    }

    [Fact]
    public void The_packed_findings_are_the_database_findings_in_its_order()
    {
        var html = File.ReadAllText(_report.File);
        var documents = ReportPayload.Documents(html).Select(d => d!["id"]!.GetValue<long>()).ToList();
        var packed = ReportPayload.Findings(html);
        Assert.InRange(Regex.Matches(html, "<script class=\"data\"").Count, 10, 1000);   // one gzip stream over many elements
        Assert.Equal(_report.Findings.Count, packed.Count);
        Assert.All(_report.Findings.Zip(packed), p =>
        {
            var (f, k) = p;
            Assert.Equal((f.DocumentId, f.Page, (int)f.Type, (int)f.Area, f.NeedsReview, f.Text), (documents[k.Doc], k.Page, k.Type, k.Area, k.Review, k.Text));
            Assert.Equal(f.Themes.Order(), Enum.GetValues<Theme>().Where(t => (k.Themes & (1u << (int)t)) != 0));
        });
    }

    private static async Task<int> CountAsync(HeadlessChromium browser) =>
        int.Parse((await browser.EvaluateAsync("document.getElementById('f-count').dataset.count"))!.GetValue<string>(), CultureInfo.InvariantCulture);

    private static async Task<string> FirstCellAsync(HeadlessChromium browser, int column) =>
        (await browser.EvaluateAsync($"document.querySelector('#findings tbody tr').cells[{column}].textContent"))!.GetValue<string>();

    /// <summary>Mines real reports and letters of two statistical neighbours and a fictional sample into a database and writes the report once, in a folder of its own.</summary>
    public sealed class Report
    {
        public Report()
        {
            var miner = new Miner();
            var folder = Directory.CreateTempSubdirectory("im-report-").FullName;
            var dbPath = Path.Combine(folder, "findings.db");
            using (var db = FindingsDatabase.OpenAsync(dbPath).GetAwaiter().GetResult())
            {
                var files = Directory.GetFiles(Path.Combine(TestCorpus.Shared, "ilacs", "luton"), "*.pdf")
                    .Concat(Directory.GetFiles(Path.Combine(TestCorpus.Shared, "focused-visits", "luton"), "*.pdf").Take(2))
                    .Concat(Directory.GetFiles(Path.Combine(TestCorpus.Shared, "ilacs", "middlesbrough"), "*.pdf").Take(2))
                    .Append(TestCorpus.Sample("westmarch-focused-visit.txt"));
                foreach (var file in files)
                {
                    db.AddAsync(file, miner.MineAsync(file).GetAwaiter().GetResult()).GetAwaiter().GetResult();
                }

                Documents = db.DocumentsAsync().GetAwaiter().GetResult();
                Findings = db.FindingsAsync().GetAwaiter().GetResult();
            }

            File = Path.Combine(folder, "report.html");
            // small data elements, so the page unpacks the findings from many of them as the whole corpus's report does
            System.IO.File.WriteAllText(File, HtmlReport.Build(Documents, Findings, new HtmlReportOptions { Title = "Test report", ReportDirectory = folder }, 4096));
        }

        public string File { get; }

        public IReadOnlyList<StoredDocument> Documents { get; }

        public IReadOnlyList<StoredFinding> Findings { get; }

        public string Url(string hash) => new Uri(File).AbsoluteUri + hash;
    }
}
