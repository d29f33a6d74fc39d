using System.CommandLine;
using System.Globalization;
using CsvHelper;
using InspectionMiner.Analysis;
using InspectionMiner.Cli.Output;
using InspectionMiner.Labels;
using Spectre.Console;

namespace InspectionMiner.Cli.Commands;

/// <summary>
/// <c>inspection-miner compare --db findings.db [--by year|authority|framework] [--type ...] [--authority ...] [--format table|csv]</c>:
/// theme prevalence per group, and for each authority the themes of weaknesses and recommendations that recur, are
/// new, or no longer appear from one inspection to the next.
/// </summary>
internal static class CompareCommand
{
    public static Command Create()
    {
        var db = FindingsInput.Database();
        var by = new Option<string>("--by") { Description = "Group by year, authority or framework.", DefaultValueFactory = _ => "year" };
        by.AcceptOnlyFromAmong("year", "authority", "framework");
        var types = new Option<string[]>("--type") { Description = "Finding types to count (default: all but Neutral).", AllowMultipleArgumentsPerToken = true };
        types.AcceptOnlyFromAmong(nameof(FindingType.Strength), nameof(FindingType.AreaForImprovement), nameof(FindingType.Recommendation));
        var authority = new Option<string?>("--authority") { Description = "Only this local authority." };
        var format = new Option<string>("--format") { Description = "table (readable) or csv (theme prevalence as CSV).", DefaultValueFactory = _ => "table" };
        format.AcceptOnlyFromAmong("table", "csv");
        var recurrenceCsv = new Option<string?>("--recurrence-csv") { Description = "Also write the per-authority recurrence (recurring, new, no longer appearing themes, repeated recommendations) to this CSV file." };
        var rawCsv = CommonOptions.RawCsv();
        var command = new Command("compare", "Compare themes across years, authorities or frameworks, and follow recurring themes per authority.") { db, by, types, authority, format, recurrenceCsv, rawCsv };
        command.SetAction(async (result, ct) =>
        {
            if (await FindingsInput.LoadAsync(result.GetValue(db)!, ct) is not var (docs, findings))
            {
                return ExitCodes.UsageError;
            }

            var selected = result.GetValue(types) is { Length: > 0 } t ? t.Select(Enum.Parse<FindingType>).ToHashSet() : null;
            var groupBy = Enum.Parse<GroupBy>(result.GetValue(by)!, ignoreCase: true);
            var prevalence = ThemeComparison.Prevalence(docs, findings, groupBy, selected, result.GetValue(authority));
            var recurrence = ThemeComparison.Recurrence(docs, findings, result.GetValue(authority));
            if (result.GetValue(recurrenceCsv) is { } file)
            {
                await using var writer = new StreamWriter(file);
                WriteRecurrenceCsv(writer, recurrence, result.GetValue(rawCsv));
            }

            if (result.GetValue(format) == "csv")
            {
                WritePrevalenceCsv(Console.Out, prevalence, result.GetValue(rawCsv));
            }
            else
            {
                WriteTables(prevalence, recurrence, groupBy);
            }

            return ExitCodes.Success;
        });
        return command;
    }

    private static void WritePrevalenceCsv(TextWriter output, IReadOnlyList<ThemePrevalence> prevalence, bool raw)
    {
        using var csv = CsvOutput.Create(output, raw);
        var c = CultureInfo.InvariantCulture;
        csv.Row("group", "theme", "documents", "documentsWithTheme", "shareOfDocuments", "findings", "findingsWithTheme", "shareOfFindings");
        foreach (var p in prevalence)
        {
            csv.Row(p.Group, p.Theme.ToString(), p.Documents.ToString(c), p.DocumentsWithTheme.ToString(c), p.ShareOfDocuments.ToString("0.000", c),
                p.Findings.ToString(c), p.FindingsWithTheme.ToString(c), p.ShareOfFindings.ToString("0.000", c));
        }

        csv.Flush();
    }

    internal static void WriteRecurrenceCsv(TextWriter output, IReadOnlyList<ThemeRecurrence> recurrence, bool raw)
    {
        using var csv = CsvOutput.Create(output, raw);
        var c = CultureInfo.InvariantCulture;
        csv.Row("authority", "from", "to", "theme", "status", "repeatedRecommendations");
        foreach (var r in recurrence)
        {
            csv.Row(r.Authority, r.Earlier.Date?.ToString("yyyy-MM-dd", c) ?? string.Empty, r.Later.Date?.ToString("yyyy-MM-dd", c) ?? string.Empty, r.Theme.ToString(),
                r.Status.ToString(), string.Join(" | ", r.RepeatedRecommendations.Select(m => $"{m.Later.Text} ≈ {m.Earlier.Text} ({m.Similarity:0.00})")));
        }

        csv.Flush();
    }

    private static void WriteTables(IReadOnlyList<ThemePrevalence> prevalence, IReadOnlyList<ThemeRecurrence> recurrence, GroupBy by)
    {
        var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(Console.Out) });
        var groups = prevalence.Select(p => p.Group).Distinct().ToList();
        var table = new Table().Title($"Share of documents raising each theme, by {by.ToString().ToLowerInvariant()} (share of findings in brackets)");
        table.AddColumn("theme");
        foreach (var g in groups)
        {
            table.AddColumn(new TableColumn(Markup.Escape(g)).RightAligned());
        }

        foreach (var theme in Enum.GetValues<Theme>())
        {
            table.AddRow(new[] { theme.ToString() }.Concat(groups.Select(g =>
            {
                var p = prevalence.First(x => x.Group == g && x.Theme == theme);
                return $"{p.ShareOfDocuments:P0} ({p.ShareOfFindings:P0})";
            })).ToArray());
        }

        table.AddRow(new[] { "[grey]documents[/]" }.Concat(groups.Select(g => prevalence.First(x => x.Group == g).Documents.ToString(CultureInfo.InvariantCulture))).ToArray());
        console.Write(table);

        foreach (var authority in recurrence.GroupBy(r => r.Authority))
        {
            console.WriteLine();
            var t = new Table().Title($"{Markup.Escape(authority.Key)}: areas for improvement and recommendations from one document to the next");
            t.AddColumns("from → to", "recurring", "new", "no longer appear", "repeated recommendations");
            foreach (var pair in authority.GroupBy(r => (r.Earlier.Id, r.Later.Id)))
            {
                var first = pair.First();
                string Themes(RecurrenceStatus s) => string.Join(", ", pair.Where(r => r.Status == s).Select(r => r.Theme));
                var repeated = pair.SelectMany(r => r.RepeatedRecommendations).DistinctBy(m => (m.Earlier.Unit, m.Later.Unit)).Count();
                t.AddRow(Markup.Escape($"{first.Earlier.Date:yyyy-MM-dd} → {first.Later.Date:yyyy-MM-dd}"), Themes(RecurrenceStatus.Recurring), Themes(RecurrenceStatus.New),
                    Themes(RecurrenceStatus.NoLongerAppears), repeated.ToString(CultureInfo.InvariantCulture));
            }

            console.Write(t);
        }
    }
}
