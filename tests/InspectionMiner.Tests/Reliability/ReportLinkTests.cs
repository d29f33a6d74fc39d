using System.Text.RegularExpressions;
using InspectionMiner.Facts;
using InspectionMiner.Analysis;
using InspectionMiner.Labels;

namespace InspectionMiner.Tests.Reliability;

/// <summary>The report links a document only to an http(s) address or a file path, whatever the path holds.</summary>
public class ReportLinkTests
{
    [Theory]
    [InlineData("javascript:alert(1)/a.pdf", null, "./javascript:alert(1)/a.pdf")]
    [InlineData("data:text/html,<script>x</script>/a.pdf", null, "./data:text/html,<script>x</script>/a.pdf")]
    [InlineData("JaVaScRiPt:alert(1)", null, "./JaVaScRiPt:alert(1)")]
    [InlineData("java\nscript:alert(1)", null, "./java\nscript:alert(1)")]
    [InlineData("//evil.example/a.pdf", null, "/evil.example/a.pdf")]
    [InlineData("file:///etc/passwd", null, "./file:///etc/passwd")]
    [InlineData("../shared/corpus/ilacs/luton/2019.pdf", null, "../shared/corpus/ilacs/luton/2019.pdf")]
    [InlineData("corpus\\luton\\2019.pdf", null, "./corpus/luton/2019.pdf")]
    [InlineData("/data/reports/2019.pdf", null, "/data/reports/2019.pdf")]
    [InlineData("x/2019.pdf", "https://files.example.org/ofsted/", "https://files.example.org/ofsted/2019.pdf")]
    [InlineData("x/2019.pdf", "javascript:alert(1)", "./javascript:alert(1)/2019.pdf")]
    public void A_link_is_an_http_address_or_a_file_path(string path, string? linkBase, string expected) =>
        Assert.Equal(expected, DocumentLink.For(path, linkBase));

    [Fact]
    public void The_report_never_holds_a_script_link_for_a_hostile_folder_name()
    {
        var doc = new StoredDocument(1, "javascript:alert(document.domain)//a.pdf", "Luton", DocumentKind.FocusedVisit, Framework.Ilacs, 2020, new DateOnly(2020, 1, 1), 3,
            JudgementGrades.None);
        var html = HtmlReport.Build([doc], []);
        var hrefs = InspectionMiner.Tests.Analysis.ReportPayload.Documents(html).Select(d => d!["href"]!.GetValue<string>()).ToList();
        Assert.Equal(["./a.pdf"], hrefs);   // no such file: linked by its name beside the report, never as a script
    }
}
