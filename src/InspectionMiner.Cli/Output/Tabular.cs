using System.Text.Json;
using Spectre.Console;

namespace InspectionMiner.Cli.Output;

/// <summary>
/// Writes rows of named columns as a table, CSV or JSON. "table" is a bordered table on a terminal and plain
/// tab-separated lines (header first, tabs and line breaks in cells as spaces) when the output is piped or redirected,
/// so that no cell is ever wrapped.
/// </summary>
internal static class Tabular
{
    public static void Write(string format, string? title, IReadOnlyList<string> columns, IEnumerable<IReadOnlyList<string>> rows, bool rawCsv = false)
    {
        switch (format)
        {
            case "csv":
                WriteCsv(Console.Out, columns, rows, rawCsv);
                break;
            case "json":
                WriteJson(Console.Out, columns, rows);
                break;
            default:
                if (Console.IsOutputRedirected)
                {
                    WriteTsv(Console.Out, columns, rows);
                }
                else
                {
                    WriteTable(title, columns, rows);
                }

                break;
        }
    }

    public static void WriteTsv(TextWriter output, IReadOnlyList<string> columns, IEnumerable<IReadOnlyList<string>> rows)
    {
        output.WriteLine(string.Join('\t', columns.Select(Clean)));
        foreach (var row in rows)
        {
            output.WriteLine(string.Join('\t', row.Select(Clean)));
        }
    }

    /// <summary>CSV as <see cref="CsvOutput"/> writes it (byte order mark and formula guard unless <paramref name="raw"/>).</summary>
    public static void WriteCsv(TextWriter output, IReadOnlyList<string> columns, IEnumerable<IReadOnlyList<string>> rows, bool raw)
    {
        using var csv = CsvOutput.Create(output, raw);
        foreach (var row in rows.Prepend(columns))
        {
            csv.Row([.. row]);
        }

        csv.Flush();
    }

    private static void WriteJson(TextWriter output, IReadOnlyList<string> columns, IEnumerable<IReadOnlyList<string>> rows)
    {
        foreach (var row in rows)
        {
            output.WriteLine(JsonSerializer.Serialize(columns.Select((c, i) => (c, v: row[i])).ToDictionary(p => p.c, p => p.v)));
        }
    }

    private static void WriteTable(string? title, IReadOnlyList<string> columns, IEnumerable<IReadOnlyList<string>> rows)
    {
        var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(Console.Out) });
        var table = new Table();
        if (title is not null)
        {
            table.Title(Markup.Escape(title));
        }

        foreach (var c in columns)
        {
            table.AddColumn(Markup.Escape(c));
        }

        foreach (var row in rows)
        {
            table.AddRow(row.Select(Markup.Escape).ToArray());
        }

        console.Write(table);
    }

    private static string Clean(string cell) => cell.Replace('\t', ' ').Replace('\r', ' ').Replace('\n', ' ');
}
