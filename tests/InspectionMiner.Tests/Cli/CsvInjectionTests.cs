using Microsoft.Data.Sqlite;
using Microsoft.VisualBasic.FileIO;

namespace InspectionMiner.Tests.Cli;

/// <summary>
/// CSV formula injection (OWASP): a document whose name or text holds <c>=HYPERLINK(...)</c> must not become a live
/// formula in a spreadsheet. Every CSV the CLI writes puts a <c>'</c> before a cell starting with = + - @ tab or CR;
/// <c>--raw-csv</c> writes the text as it is.
/// </summary>
public class CsvInjectionTests
{
    private const string Formula = "=HYPERLINK(\"http://example.org/x\",\"click me\")";

    private static Task<(int Exit, string Out, string Err)> RunAsync(string directory, params string[] args) =>
        ChildProcess.RunAsync("dotnet", [ChildProcess.Cli, .. args], TimeSpan.FromMinutes(5), directory);

    /// <summary>The fictional sample letter with a finding that opens with a formula, saved under a name that is one.</summary>
    private static (string Dir, string Name) InjectedLetter()
    {
        var dir = Directory.CreateTempSubdirectory("im-inject-").FullName;
        var letter = File.ReadAllText(TestCorpus.Sample("westmarch-focused-visit.txt")).Replace(
            "- Caseloads are manageable",
            $"- {Formula} records the plans of children in need clearly.\n- @SUM(A1:A9) and +44 numbers are not formulas either.\n- Caseloads are manageable",
            StringComparison.Ordinal);
        const string name = "=1+2.txt";
        File.WriteAllText(Path.Combine(dir, name), letter);
        return (dir, name);
    }

    private static List<string[]> Csv(string text)
    {
        using var parser = new TextFieldParser(new StringReader(text.TrimStart('\uFEFF'))) { TextFieldType = FieldType.Delimited, HasFieldsEnclosedInQuotes = true, TrimWhiteSpace = false };
        parser.SetDelimiters(",");
        var rows = new List<string[]>();
        while (!parser.EndOfData)
        {
            rows.Add(parser.ReadFields()!);
        }

        return rows;
    }

    private static string Cell(List<string[]> rows, string[] row, string column) => row[Array.IndexOf(rows[0], column)];

    [Fact]
    public async Task Mine_csv_puts_a_quote_before_a_formula_in_a_units_text_or_a_file_name_and_raw_csv_does_not()
    {
        var (dir, name) = InjectedLetter();
        var (exit, csv, _) = await RunAsync(dir, "mine", name, "--no-db", "--format", "csv");
        Assert.Equal(0, exit);
        var rows = Csv(csv);
        var hyperlink = rows.Single(r => r.Any(c => c.Contains("HYPERLINK", StringComparison.Ordinal)));
        Assert.Equal("'" + Formula + " records the plans of children in need clearly.", Cell(rows, hyperlink, "text"));
        Assert.Equal("'=1+2.txt", Cell(rows, hyperlink, "document"));
        var sum = rows.Single(r => r.Any(c => c.Contains("@SUM", StringComparison.Ordinal)));
        Assert.StartsWith("'@SUM(A1:A9)", Cell(rows, sum, "text"), StringComparison.Ordinal);
        Assert.All(rows.Skip(1), r => Assert.All(r, c => Assert.False(c is ['=' or '+' or '-' or '@' or '\t' or '\r', ..], c)));

        var (rawExit, raw, _) = await RunAsync(dir, "mine", name, "--no-db", "--format", "csv", "--raw-csv");
        Assert.Equal(0, rawExit);
        var rawRows = Csv(raw);
        var rawHyperlink = rawRows.Single(r => r.Any(c => c.Contains("HYPERLINK", StringComparison.Ordinal)));
        Assert.Equal(Formula + " records the plans of children in need clearly.", Cell(rawRows, rawHyperlink, "text"));
        Assert.Equal(name, Cell(rawRows, rawHyperlink, "document"));
    }

    [Fact]
    public async Task Facts_csv_guards_the_file_name_and_raw_csv_does_not()
    {
        var (dir, name) = InjectedLetter();
        var (exit, csv, _) = await RunAsync(dir, "facts", name, "--format", "csv");
        Assert.Equal(0, exit);
        var rows = Csv(csv);
        Assert.Equal("'=1+2.txt", Cell(rows, rows[1], "document"));
        Assert.Equal("Westmarch", Cell(rows, rows[1], "authorityAsPrinted"));

        var (_, raw, _) = await RunAsync(dir, "facts", name, "--format", "csv", "--raw-csv");
        var rawRows = Csv(raw);
        Assert.Equal(name, Cell(rawRows, rawRows[1], "document"));
    }

    [Fact]
    public async Task Compare_csv_guards_an_authority_named_like_a_formula()
    {
        var (dir, name) = InjectedLetter();
        var db = Path.Combine(dir, "findings.db");
        Assert.Equal(0, (await RunAsync(dir, "mine", name, "--db", db, "--quiet")).Exit);
        await using (var c = new SqliteConnection($"Data Source={db};Pooling=False"))
        {
            await c.OpenAsync();
            await using var update = c.CreateCommand();
            update.CommandText = "UPDATE documents SET authority = $a";
            update.Parameters.AddWithValue("$a", Formula);
            Assert.Equal(1, await update.ExecuteNonQueryAsync());
        }

        var (exit, csv, _) = await RunAsync(dir, "compare", "--db", db, "--by", "authority", "--format", "csv");
        Assert.Equal(0, exit);
        var rows = Csv(csv);
        Assert.Equal(22, rows.Count - 1);
        Assert.All(rows.Skip(1), r => Assert.Equal("'" + Formula, r[0]));

        var (_, raw, _) = await RunAsync(dir, "compare", "--db", db, "--by", "authority", "--format", "csv", "--raw-csv");
        Assert.All(Csv(raw).Skip(1), r => Assert.Equal(Formula, r[0]));
    }
}
