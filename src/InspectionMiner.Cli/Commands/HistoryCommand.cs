using System.CommandLine;
using System.Globalization;
using InspectionMiner.Analysis;
using InspectionMiner.Cli.Output;
using InspectionMiner.Labels;

namespace InspectionMiner.Cli.Commands;

/// <summary>
/// <c>inspection-miner history --db F --authority X [--kind all|inspections|visits] [--format table|csv|json]</c>: every
/// inspection and visit of one authority in date order, with kind, framework, grades and finding counts.
/// </summary>
internal static class HistoryCommand
{
    private static readonly string[] Columns =
        ["date", "kind", "framework", "overall", "leaders", "helpAndProtection", "childrenInCare", "careLeavers", "adoption", "lscb",
         "strengths", "areasForImprovement", "recommendations", "path"];

    public static Command Create()
    {
        var db = FindingsInput.Database();
        var authority = AuthorityOption.Create(required: true);
        var kind = KindOption.Create();
        var format = new Option<string>("--format") { Description = "table (a table on a terminal, tab-separated when piped), csv or json (one object per line).", DefaultValueFactory = _ => "table" };
        format.AcceptOnlyFromAmong("table", "csv", "json");
        var rawCsv = CommonOptions.RawCsv();
        var command = new Command("history", "One authority's inspections and visits in date order: kind, framework, grades and the number of strengths, areas for improvement and recommendations.")
            { db, authority, kind, format, rawCsv };
        command.SetAction(async (result, ct) =>
        {
            if (AuthorityOption.Resolve(result.GetValue(authority)!) is not { } la)
            {
                return ExitCodes.UsageError;
            }

            if (await FindingsInput.LoadAsync(result.GetValue(db)!, ct) is not var (docs, findings))
            {
                return ExitCodes.UsageError;
            }

            var history = AuthorityHistory.Of(docs, findings, la, KindOption.Scope(result.GetValue(kind)!));
            var c = CultureInfo.InvariantCulture;
            Tabular.Write(result.GetValue(format)!, $"{la.Name} (URN {la.Urn}, LA {la.LaCode}, {la.Region}): {history.Count} documents", Columns,
                history.Select(e => (IReadOnlyList<string>)
                [
                    e.Document.Date?.ToString("yyyy-MM-dd", c) ?? string.Empty, e.Document.Kind.ToString(), e.Document.Framework?.ToString() ?? string.Empty,
                    .. Enum.GetValues<Judgement>().Select(j => Grade(e, j)),
                    e.Strengths.ToString(c), e.AreasForImprovement.ToString(c), e.Recommendations.ToString(c), e.Document.Path,
                ]), result.GetValue(rawCsv));
            return ExitCodes.Success;
        });
        return command;
    }

    private static string Grade(HistoryEntry e, Judgement j) =>
        e.Document.Grades.Judgements.Contains(j) || e.Document.Grades[j] != Labels.Grade.NotJudged ? e.Document.Grades[j].ToString() : string.Empty;
}
