using System.CommandLine;
using System.Globalization;
using InspectionMiner.Analysis;
using InspectionMiner.Cli.Output;

namespace InspectionMiner.Cli.Commands;

/// <summary>
/// <c>inspection-miner follow-through --db F --authority X [--min-similarity S] [--format table|csv|json] [--candidates]</c>:
/// each recommendation and area for improvement of the authority followed through every later document.
/// </summary>
internal static class FollowThroughCommand
{
    public static Command Create()
    {
        var db = FindingsInput.Database();
        var authority = AuthorityOption.Create(required: false);
        var minimum = new Option<double>("--min-similarity") { Description = "Similarity (0 to 1) from which two findings count as the same subject.", DefaultValueFactory = _ => new FollowThroughOptions().MinimumSimilarity };
        var format = new Option<string>("--format") { Description = "table (a table on a terminal, tab-separated when piped), csv or json (one object per line).", DefaultValueFactory = _ => "table" };
        format.AcceptOnlyFromAmong("table", "csv", "json");
        var rawCsv = CommonOptions.RawCsv();
        var candidates = new Option<bool>("--candidates") { Description = "Instead, every pair the matcher decides on (a finding and the closest finding of each later document), with its similarity and decision." };
        var command = new Command("follow-through", "Follow each recommendation and area for improvement of an authority through all its later documents: raised again, still weak, now a strength, or not mentioned since.")
            { db, authority, minimum, format, candidates, rawCsv };
        command.SetAction(async (result, ct) =>
        {
            var query = result.GetValue(authority);
            var la = query is null ? null : AuthorityOption.Resolve(query);
            if (query is not null && la is null)
            {
                return ExitCodes.UsageError;
            }

            if (await FindingsInput.LoadAsync(result.GetValue(db)!, ct) is not var (docs, findings))
            {
                return ExitCodes.UsageError;
            }

            var followThrough = new FollowThrough(docs, findings, new FollowThroughOptions { MinimumSimilarity = result.GetValue(minimum) });
            var authorities = la is not null ? [la] : docs.Select(AuthorityLookup.IdentityOf).OfType<Facts.LocalAuthority>().DistinctBy(a => a.Urn).OrderBy(a => a.Name, StringComparer.Ordinal).ToList();
            var c = CultureInfo.InvariantCulture;
            if (result.GetValue(candidates))
            {
                Tabular.Write(result.GetValue(format)!, "Candidate pairs",
                    ["authority", "earlierDate", "earlierKind", "earlierPath", "earlierUnit", "earlierPage", "earlierType", "earlierText",
                     "laterDate", "laterKind", "laterPath", "laterUnit", "laterPage", "laterType", "laterText", "similarity", "match"],
                    authorities.SelectMany(a => followThrough.Candidates(a).Select(p => (IReadOnlyList<string>)
                    [
                        a.Name, Date(p.EarlierDocument), p.EarlierDocument.Kind.ToString(), p.EarlierDocument.Path, p.Earlier.Unit.ToString(c), p.Earlier.Page.ToString(c), p.Earlier.Type.ToString(), p.Earlier.Text,
                        Date(p.LaterDocument), p.LaterDocument.Kind.ToString(), p.LaterDocument.Path, p.Later.Unit.ToString(c), p.Later.Page.ToString(c), p.Later.Type.ToString(), p.Later.Text,
                        p.Similarity.ToString("0.000", c), p.IsMatch ? "true" : "false",
                    ])), result.GetValue(rawCsv));
                return ExitCodes.Success;
            }

            Tabular.Write(result.GetValue(format)!, la is null ? "Follow-through" : $"{la.Name}: recommendations and areas for improvement followed through",
                ["authority", "date", "kind", "page", "type", "text", "status", "laterDocuments", "evidence"],
                authorities.SelectMany(a => followThrough.Of(a).Select(f => (IReadOnlyList<string>)
                [
                    a.Name, Date(f.Document), f.Document.Kind.ToString(), f.Finding.Page.ToString(c), f.Finding.Type.ToString(), f.Finding.Text, f.Status.ToString(),
                    f.LaterDocuments.ToString(c),
                    string.Join(" | ", f.Evidence.Select(e => $"{Date(e.Document)} {e.Document.Kind} p{e.Finding.Page} {e.Finding.Type} ({e.Similarity.ToString("0.00", c)}): {e.Finding.Text}")),
                ])), result.GetValue(rawCsv));
            return ExitCodes.Success;
        });
        return command;
    }

    private static string Date(StoredDocument d) => d.Date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? string.Empty;
}
