using System.CommandLine;
using InspectionMiner.Analysis;

namespace InspectionMiner.Cli.Commands;

/// <summary><c>inspection-miner report --db findings.db --out report.html</c>: one self-contained HTML file to open and share.</summary>
internal static class ReportCommand
{
    public static Command Create()
    {
        var db = FindingsInput.Database();
        var output = new Option<string>("--out") { Description = "The HTML file to write.", DefaultValueFactory = _ => "report.html" };
        var title = new Option<string>("--title") { Description = "The report's title.", DefaultValueFactory = _ => "Ofsted findings on children's services" };
        var command = new Command("report", "Write a self-contained HTML report: the national view, a front page per authority (history, grades, recommendations followed through, statistical neighbours) and a findings browser.") { db, output, title };
        command.SetAction(async (result, ct) =>
        {
            if (await FindingsInput.LoadAsync(result.GetValue(db)!, ct) is not var (docs, findings))
            {
                return ExitCodes.UsageError;
            }

            var path = result.GetValue(output)!;
            var html = HtmlReport.Build(docs, findings, new HtmlReportOptions { Title = result.GetValue(title)!, ReportDirectory = Path.GetDirectoryName(Path.GetFullPath(path)) });
            await File.WriteAllTextAsync(path, html, ct);
            Console.Error.WriteLine($"wrote {result.GetValue(output)}: {docs.Count} documents, {findings.Count} findings, {html.Length / 1024} KiB");
            return ExitCodes.Success;
        });
        return command;
    }
}
