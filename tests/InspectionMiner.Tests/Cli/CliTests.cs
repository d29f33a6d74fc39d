using System.Diagnostics;
using System.Text.Json;

namespace InspectionMiner.Tests.Cli;

public class CliTests
{
    private static async Task<(int Exit, string Out, string Err)> RunAsync(params string[] args)
    {
        var dll = Path.Combine(AppContext.BaseDirectory, "inspection-miner.dll");
        var info = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        info.ArgumentList.Add(dll);
        foreach (var a in args)
        {
            info.ArgumentList.Add(a);
        }

        using var process = Process.Start(info)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        return (process.ExitCode, await stdout, await stderr);
    }

    [Fact]
    public async Task Facts_of_a_folder_with_a_bad_file_write_every_good_document_and_exit_2()
    {
        var dir = Directory.CreateTempSubdirectory("im-cli-").FullName;
        File.Copy(TestCorpus.Ilacs("birmingham/2012-10-19.pdf"), Path.Combine(dir, "a-bad.pdf"));
        File.Copy(TestCorpus.Sample("westmarch-focused-visit.txt"), Path.Combine(dir, "b-letter.txt"));
        File.Copy(TestCorpus.FocusedVisit("hillingdon/2020-02-07.pdf"), Path.Combine(dir, "c-letter.pdf"));

        var (exit, stdout, stderr) = await RunAsync("facts", dir);

        Assert.Equal(2, exit);
        var records = stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonDocument.Parse(l).RootElement).ToList();
        Assert.Equal(3, records.Count);
        Assert.Contains("HTML page", records[0].GetProperty("error").GetString());
        Assert.Equal(JsonValueKind.Null, records[0].GetProperty("authority").ValueKind);
        Assert.Contains("a-bad.pdf", stderr);
        Assert.Equal("Westmarch", records[1].GetProperty("authority").GetString());
        Assert.Equal("Hillingdon", records[2].GetProperty("authority").GetString());
        Assert.Equal("FocusedVisit", records[2].GetProperty("kind").GetString());
        Assert.Equal("2020-01-15", records[2].GetProperty("inspectionStart").GetString());
        Assert.Equal("NotJudged", records[2].GetProperty("grades").GetProperty("overallEffectiveness").GetString());
        foreach (var name in new[] { "path", "authority", "kind", "framework", "inspectionStart", "inspectionEnd", "published", "leadInspector", "inspectors", "focus", "grades", "error" })
        {
            Assert.True(records[2].TryGetProperty(name, out _), name);
        }
    }

    [Fact]
    public async Task Units_are_written_as_json_lines_with_section_and_area()
    {
        var (exit, stdout, _) = await RunAsync("units", TestCorpus.Sample("westmarch-inspection.md"));
        Assert.Equal(0, exit);
        var units = stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonDocument.Parse(l).RootElement).ToList();
        var pep = units.Single(u => u.GetProperty("text").GetString()!.StartsWith("Personal education plans", StringComparison.Ordinal));
        Assert.Equal("ChildrenInCare", pep.GetProperty("area").GetString());
        Assert.Equal("Judgement", pep.GetProperty("sectionKind").GetString());
        Assert.Equal("4", pep.GetProperty("paragraph").GetString());
        Assert.Equal(1, pep.GetProperty("page").GetInt32());
    }

    [Fact]
    public async Task Facts_can_be_written_as_csv()
    {
        var (exit, stdout, _) = await RunAsync("facts", TestCorpus.Sample("westmarch-inspection.md"), "--format", "csv");
        Assert.Equal(0, exit);
        var lines = stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.StartsWith("path,authority,kind,framework", lines[0]);
        Assert.Contains(",Westmarch,StandardInspection,Ilacs,2025-11-03,2025-11-14,", lines[1]);
    }

    [Fact]
    public async Task A_usage_error_exits_1()
    {
        var (exit, _, _) = await RunAsync("facts", "--format", "xml", "x.pdf");
        Assert.Equal(1, exit);
    }
}
