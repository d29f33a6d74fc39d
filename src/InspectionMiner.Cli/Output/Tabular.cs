using System.Text.Json;
using CsvHelper;
using Spectre.Console;

namespace InspectionMiner.Cli.Output;

/// <summary>
/// Writes rows of named columns as a table, CSV or JSON. "table" is a bordered table on a terminal and plain
/// tab-separated lines (header first, tabs and line breaks in cells as spaces) when the output is piped or redirected,
/// so that no cell is ever wrapped.
/// </summary>
internal static class Tabular
{
    public static void Write(string format, string? title, IReadOnlyList<string> columns, IEnumerable<IReadOnlyList<string>> rows)
    {
        switch (format)
        {
            case "csv":
                WriteCsv(Console.Out, columns, rows);
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

    public static void WriteCsv(TextWriter output, IReadOnlyList<string> columns, IEnumerable<IReadOnlyList<string>> rows)
    {
        using var csv = CsvWriter.Create(output, new CsvWriterOptions(), true);
        foreach (var row in rows.Prepend(columns))
        {
            foreach (var cell in row)
            {
                csv.WriteField(cell);
            }

            csv.EndRecord();
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
