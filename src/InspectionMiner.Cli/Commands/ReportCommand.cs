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
        var command = new Command("report", "Write a self-contained HTML report: grades over time, themes by year, recurring themes, and a findings browser.") { db, output, title };
        command.SetAction(async (result, ct) =>
        {
            if (await FindingsInput.LoadAsync(result.GetValue(db)!, ct) is not var (docs, findings))
            {
                return ExitCodes.UsageError;
            }

            var html = HtmlReport.Build(docs, findings, result.GetValue(title)!);
            await File.WriteAllTextAsync(result.GetValue(output)!, html, ct);
            Console.Error.WriteLine($"wrote {result.GetValue(output)}: {docs.Count} documents, {findings.Count} findings, {html.Length / 1024} KiB");
            return ExitCodes.Success;
        });
        return command;
    }
}
