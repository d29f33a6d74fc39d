using System.CommandLine;
using System.Globalization;
using InspectionMiner.Analysis;
using InspectionMiner.Labels;
using InspectionMiner.Cli.Output;

namespace InspectionMiner.Cli.Commands;

/// <summary>
/// <c>inspection-miner compare --db findings.db [--by year|authority|framework] [--type ...] [--authority ...] [--kind all|inspections|visits]
/// [--framework F] [--neighbours] [--format table|csv]</c>:
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
        var authority = AuthorityOption.Create(required: false);
        var kind = KindOption.Create();
        var framework = new Option<string?>("--framework") { Description = "Only documents of this framework period (PreSif, Sif, Ilacs, Ilacs2026)." };
        framework.AcceptOnlyFromAmong(Enum.GetNames<Framework>());
        var neighbours = new Option<bool>("--neighbours") { Description = "With --authority: the authority, its ten DfE statistical neighbours and all authorities in the database side by side (theme shares, latest grades, document counts)." };
        var format = new Option<string>("--format") { Description = "table (a table on a terminal, tab-separated when piped) or csv.", DefaultValueFactory = _ => "table" };
        format.AcceptOnlyFromAmong("table", "csv");
        var recurrenceCsv = new Option<string?>("--recurrence-csv") { Description = "Also write the per-authority recurrence (recurring, new, no longer appearing themes, repeated recommendations) to this CSV file." };
        var rawCsv = CommonOptions.RawCsv();
        var command = new Command("compare", "Compare themes across years, authorities or frameworks, like for like (--kind, --framework), an authority with its statistical neighbours and all authorities, and follow recurring themes per authority.")
            { db, by, types, authority, kind, framework, neighbours, format, recurrenceCsv, rawCsv };
        command.SetAction(async (result, ct) =>
        {
            var query = result.GetValue(authority);
            var la = query is null ? null : AuthorityOption.Resolve(query);
            if (query is not null && la is null)
            {
                return ExitCodes.UsageError;
            }

            if (result.GetValue(neighbours) && la is null)
            {
                Console.Error.WriteLine("--neighbours needs --authority (the authority to compare with its statistical neighbours).");
                return ExitCodes.UsageError;
            }

            if (await FindingsInput.LoadAsync(result.GetValue(db)!, ct) is not var (docs, findings))
            {
                return ExitCodes.UsageError;
            }

            var selected = result.GetValue(types) is { Length: > 0 } t ? t.Select(Enum.Parse<FindingType>).ToHashSet() : null;
            var scope = KindOption.Scope(result.GetValue(kind)!);
            var period = result.GetValue(framework) is { } fw ? Enum.Parse<Framework>(fw) : (Framework?)null;
            if (result.GetValue(neighbours))
            {
                ComparisonOutput.Write(result.GetValue(format)!, AuthorityComparison.Of(docs, findings, la!, scope, period, selected), result.GetValue(rawCsv));
                return ExitCodes.Success;
            }

            var groupBy = Enum.Parse<GroupBy>(result.GetValue(by)!, ignoreCase: true);
            var prevalence = ThemeComparison.Prevalence(docs, findings, groupBy, selected, la?.Name, scope, period);
            var inScope = docs.Where(d => DocumentScopes.Includes(scope, d.Kind) && (period is null || d.Framework == period)).ToList();
            var recurrence = ThemeComparison.Recurrence(inScope, findings, la?.Name);
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
        var c = CultureInfo.InvariantCulture;
        var groups = prevalence.GroupBy(p => p.Group).Select(g => (Name: g.Key, g.First().Documents)).ToList();
        Tabular.Write("table", $"Share of documents raising each theme, by {by.ToString().ToLowerInvariant()} (share of findings in brackets)",
            ["theme", .. groups.Select(g => $"{g.Name} ({g.Documents.ToString(c)} documents)")],
            Enum.GetValues<Theme>().Select(theme => (IReadOnlyList<string>)
            [
                theme.ToString(),
                .. groups.Select(g => prevalence.First(x => x.Group == g.Name && x.Theme == theme)).Select(p => $"{p.ShareOfDocuments.ToString("P0", c)} ({p.ShareOfFindings.ToString("P0", c)})"),
            ]));
        foreach (var authority in recurrence.GroupBy(r => r.Authority))
        {
            Console.Out.WriteLine();
            Tabular.Write("table", $"{authority.Key}: areas for improvement and recommendations from one document to the next",
                ["from", "fromKind", "to", "toKind", "recurring", "new", "no longer appear", "repeated recommendations"],
                authority.GroupBy(r => (r.Earlier.Id, r.Later.Id)).Select(pair =>
                {
                    var first = pair.First();
                    string Themes(RecurrenceStatus s) => string.Join(", ", pair.Where(r => r.Status == s).Select(r => r.Theme));
                    var repeated = pair.SelectMany(r => r.RepeatedRecommendations).DistinctBy(m => (m.Earlier.Unit, m.Later.Unit)).Count();
                    return (IReadOnlyList<string>)
                    [
                        first.Earlier.Date?.ToString("yyyy-MM-dd", c) ?? string.Empty, first.Earlier.Kind.ToString(), first.Later.Date?.ToString("yyyy-MM-dd", c) ?? string.Empty,
                        first.Later.Kind.ToString(), Themes(RecurrenceStatus.Recurring), Themes(RecurrenceStatus.New), Themes(RecurrenceStatus.NoLongerAppears), repeated.ToString(c),
                    ];
                }));
        }
    }
}
