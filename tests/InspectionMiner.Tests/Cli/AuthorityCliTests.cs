using InspectionMiner.Tests.Analysis;

namespace InspectionMiner.Tests.Cli;

/// <summary>The contract of history, follow-through and compare: any name of an authority, exit 1 for an unknown one, tab-separated output when piped.</summary>
public class AuthorityCliTests(AuthorityFixture fixture) : IClassFixture<AuthorityFixture>
{
    private static Task<(int Exit, string Out, string Err)> RunAsync(params string[] args) =>
        ChildProcess.RunAsync("dotnet", [ChildProcess.Cli, .. args], TimeSpan.FromMinutes(5));

    [Fact]
    public async Task History_by_LA_code_is_tab_separated_when_piped_one_line_per_document()
    {
        var (exit, stdout, _) = await RunAsync("history", "--db", fixture.DatabasePath, "--authority", "357");
        Assert.Equal(0, exit);
        var lines = stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(6, lines.Length);
        Assert.StartsWith("date\tkind\tframework\toverall", lines[0], StringComparison.Ordinal);
        Assert.All(lines, l => Assert.Equal(lines[0].Count(c => c == '\t'), l.Count(c => c == '\t')));
        Assert.StartsWith("2016-09-26\tStandardInspection\tSif\tInadequate", lines[1], StringComparison.Ordinal);

        var (jsonExit, json, _) = await RunAsync("history", "--db", fixture.DatabasePath, "--authority", "Tameside Metropolitan Borough Council", "--format", "json", "--kind", "visits");
        Assert.Equal(0, jsonExit);
        Assert.Equal(2, json.Split('\n', StringSplitOptions.RemoveEmptyEntries).Length);
        Assert.Contains("\"kind\":\"FocusedVisit\"", json, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("history")]
    [InlineData("compare")]
    [InlineData("follow-through")]
    public async Task An_unknown_authority_exits_1_naming_the_nearest(string command)
    {
        var (exit, stdout, stderr) = await RunAsync(command, "--db", fixture.DatabasePath, "--authority", "Tamside");
        Assert.Equal(1, exit);
        Assert.Empty(stdout);
        Assert.Contains("'Tamside'", stderr, StringComparison.Ordinal);
        Assert.Contains("'Tameside'", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Compare_piped_is_never_wrapped_and_counts_documents_in_every_column()
    {
        var (exit, stdout, _) = await RunAsync("compare", "--db", fixture.DatabasePath, "--by", "authority", "--kind", "visits");
        Assert.Equal(0, exit);
        var table = stdout.Split("\n\n")[0].Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("theme\tBolton (1 documents)\tRotherham (1 documents)\tTameside (2 documents)", table[0]);
        Assert.Equal(1 + Enum.GetValues<Labels.Theme>().Length, table.Length);
        Assert.All(table, l => Assert.Equal(3, l.Count(c => c == '\t')));
        Assert.DoesNotContain('│', stdout);

        var (nExit, neighbours, _) = await RunAsync("compare", "--db", fixture.DatabasePath, "--authority", "80569", "--neighbours", "--kind", "inspections");
        Assert.Equal(0, nExit);
        var rows = neighbours.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("row\tTameside (3 documents, 1 authorities)\tStatistical neighbours (0 documents, 0 authorities)\tAll authorities (3 documents, 1 authorities)", rows[0]);
        Assert.Contains("latest OverallEffectiveness\tInadequate 1\t\tInadequate 1", rows);
    }
}
