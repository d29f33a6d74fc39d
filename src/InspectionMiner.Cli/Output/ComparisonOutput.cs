using System.Globalization;
using InspectionMiner.Analysis;
using InspectionMiner.Labels;

namespace InspectionMiner.Cli.Output;

/// <summary>Writes an <see cref="AuthorityComparison"/>: one row per theme and per judgement's latest grades, one column per group, document counts in the header and a counts row.</summary>
internal static class ComparisonOutput
{
    public static void Write(string format, AuthorityComparison comparison, bool rawCsv)
    {
        var c = CultureInfo.InvariantCulture;
        var columns = comparison.Columns;
        var header = new List<string> { "row" };
        header.AddRange(columns.Select(g => $"{g.Name} ({g.Documents.ToString(c)} documents, {g.Authorities.Count.ToString(c)} authorities)"));
        var rows = new List<IReadOnlyList<string>>
        {
            (IReadOnlyList<string>)["documents", .. columns.Select(g => g.Documents.ToString(c))],
            (IReadOnlyList<string>)["authorities", .. columns.Select(g => g.Authorities.Count.ToString(c))],
        };
        foreach (var theme in Enum.GetValues<Theme>())
        {
            rows.Add([$"theme {theme}", .. columns.Select(g => g.Themes.Single(p => p.Theme == theme)).Select(p => $"{p.ShareOfDocuments.ToString("P0", c)} ({p.DocumentsWithTheme.ToString(c)}/{p.Documents.ToString(c)})")]);
        }

        foreach (var judgement in Enum.GetValues<Judgement>().Where(j => columns.Any(g => g.LatestGrades[j].Count > 0)))
        {
            rows.Add([$"latest {judgement}", .. columns.Select(g => string.Join(", ", g.LatestGrades[judgement].OrderBy(kv => kv.Key).Select(kv => $"{kv.Key} {kv.Value.ToString(c)}")))]);
        }

        var neighbours = string.Join(", ", comparison.Neighbours.Select(n => n.Name));
        Tabular.Write(format, $"{comparison.Authority.Name} beside its statistical neighbours ({neighbours}) and all authorities in the database", header, rows, rawCsv);
    }
}
