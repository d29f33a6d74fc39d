using System.CommandLine;
using InspectionMiner.Analysis;

namespace InspectionMiner.Cli.Commands;

/// <summary><c>inspection-miner report --db findings.db --out report.html</c>: one self-contained HTML file to open and share.</summary>
internal static class ReportCommand
{
    public static Command Create()
    {
        var db = new Option<string>("--db") { Description = "The findings database.", DefaultValueFactory = _ => "findings.db" };
        var output = new Option<string>("--out") { Description = "The HTML file to write.", DefaultValueFactory = _ => "report.html" };
        var title = new Option<string>("--title") { Description = "The report's title.", DefaultValueFactory = _ => "Ofsted findings on children's services" };
        var command = new Command("report", "Write a self-contained HTML report: grades over time, themes by year, recurring themes, and a findings browser.") { db, output, title };
        command.SetAction(async (result, ct) =>
        {
            var path = result.GetValue(db)!;
            if (!File.Exists(path))
            {
                Console.Error.WriteLine($"{path}: no findings database here (make one with `inspection-miner mine PATH --db {path}`)");
                return ExitCodes.UsageError;
            }

            await using var database = await FindingsDatabase.OpenAsync(path, ct);
            var docs = await database.DocumentsAsync(ct);
            var findings = await database.FindingsAsync(ct);
            var html = HtmlReport.Build(docs, findings, result.GetValue(title)!);
            await File.WriteAllTextAsync(result.GetValue(output)!, html, ct);
            Console.Error.WriteLine($"wrote {result.GetValue(output)}: {docs.Count} documents, {findings.Count} findings, {html.Length / 1024} KiB");
            return ExitCodes.Success;
        });
        return command;
    }
}
