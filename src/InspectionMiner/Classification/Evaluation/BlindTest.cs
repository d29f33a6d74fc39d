using InspectionMiner.Classification.Training;
using InspectionMiner.Labels;

namespace InspectionMiner.Classification.Evaluation;

/// <summary>
/// Scores a miner on a blind test set end to end: each document is read, parsed and classified as <c>mine</c> does,
/// and the findings of the gold units are compared with their settled labels, overall, by framework and by kind of
/// document, with reliability tables for the confidences.
/// </summary>
/// <example>
/// <code>
/// BlindTestSet set = await BlindTestSet.LoadAsync("corpus/annotations/blind", ct);
/// BlindTestResult result = await BlindTest.RunAsync(new Miner(), "../shared/corpus", set, ct);
/// Console.Write(BlindTestReport.ToMarkdown(result));
/// </code>
/// </example>
public static class BlindTest
{
    /// <summary>Mines every document of the set and scores the gold units.</summary>
    /// <param name="miner">The miner to score (its classifier must not have been trained on the set's authorities).</param>
    /// <param name="corpusRoot">The folder the set's document paths are relative to.</param>
    /// <param name="set">The blind test set.</param>
    /// <param name="cancellationToken">Cancels the run.</param>
    public static async Task<BlindTestResult> RunAsync(Miner miner, string corpusRoot, BlindTestSet set, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(miner);
        ArgumentNullException.ThrowIfNull(set);
        var gold = set.Gold.GroupBy(a => a.Document).ToDictionary(g => g.Key, g => g.ToList());
        var scored = new List<(Annotation Gold, ClassifiedUnit Mined, BlindDocument Document)>();
        var unresolved = 0;
        foreach (var document in set.Documents)
        {
            if (!gold.TryGetValue(document.Document, out var labels))
            {
                continue;
            }

            var mined = await miner.MineAsync(Path.Combine(corpusRoot, document.Document), cancellationToken).ConfigureAwait(false);
            var byHash = mined.Units.GroupBy(u => u.Unit.Hash).ToDictionary(g => g.Key, g => g.First());
            foreach (var label in labels)
            {
                if (byHash.TryGetValue(label.Hash, out var unit))
                {
                    scored.Add((label, unit, document));
                }
                else
                {
                    unresolved++;
                }
            }
        }

        var strata = Strata(scored);
        return new BlindTestResult(
            gold.Keys.Count(k => set.Documents.Any(d => d.Document == k)),
            scored.Count,
            unresolved,
            MulticlassReport.Compute(scored.Select(s => s.Gold.Type).ToList(), scored.Select(s => s.Mined.Finding.Type).ToList()),
            MulticlassReport.Compute(scored.Select(s => s.Gold.Area).ToList(), scored.Select(s => s.Mined.Finding.Area).ToList()),
            MultilabelReport.Compute<Theme>(
                scored.Select(s => (IReadOnlyCollection<Theme>)s.Gold.Themes.ToArray()).ToList(),
                scored.Select(s => (IReadOnlyCollection<Theme>)s.Mined.Finding.Themes.ToArray()).ToList()),
            strata,
            CalibrationReport.Compute(scored.Select(s => s.Mined.Finding.TypeConfidence).ToList(), scored.Select(s => s.Mined.Finding.Type == s.Gold.Type).ToList()),
            CalibrationReport.Compute(scored.Select(s => s.Mined.Finding.AreaConfidence).ToList(), scored.Select(s => s.Mined.Finding.Area == s.Gold.Area).ToList()),
            scored.Select(s => (s.Gold, s.Mined)).ToList());
    }

    /// <summary>The name of the kind-of-document stratum a document falls in.</summary>
    public static string KindGroup(DocumentKind kind) => kind switch
    {
        DocumentKind.FocusedVisit or DocumentKind.MonitoringVisit => "letters",
        DocumentKind.CouncilReport => "council reports",
        DocumentKind.ShortInspection => "short inspections",
        _ => "standard inspections and re-inspections",
    };

    private static List<BlindStratum> Strata(List<(Annotation Gold, ClassifiedUnit Mined, BlindDocument Document)> scored)
    {
        var groups = scored.GroupBy(s => "framework: " + s.Document.Framework)
            .Concat(scored.GroupBy(s => "kind: " + KindGroup(s.Document.Kind)))
            .Concat(scored.Where(s => s.Document.Kind == DocumentKind.FocusedVisit).GroupBy(s => "letters: " + (string.CompareOrdinal(YearOf(s.Document.Document), "2020") <= 0 ? "2018-2020" : "2021-2026")));
        return groups.Select(g => new BlindStratum(
                g.Key,
                g.Select(s => s.Document.Document).Distinct().Count(),
                g.Count(),
                g.Count(s => s.Gold.Type == s.Mined.Finding.Type) / (double)g.Count(),
                MulticlassReport.Compute(g.Select(s => s.Gold.Type).ToList(), g.Select(s => s.Mined.Finding.Type).ToList()).MacroF1,
                g.Count(s => s.Gold.Area == s.Mined.Finding.Area) / (double)g.Count()))
            .OrderBy(s => s.Name, StringComparer.Ordinal)
            .ToList();
    }

    private static string YearOf(string document) => Path.GetFileName(document) is { Length: >= 4 } name ? name[..4] : "";
}
