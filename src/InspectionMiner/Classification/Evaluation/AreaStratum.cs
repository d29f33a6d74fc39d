using InspectionMiner.Labels;
using InspectionMiner.Structure;

namespace InspectionMiner.Classification.Evaluation;

/// <summary>
/// The model's judgement-area accuracy on the held-out units of one kind (where in which document they sit), from
/// their text and heading alone and with the document's structure known.
/// </summary>
/// <param name="Name">The kind of unit, e.g. <c>reports: improvement lists</c> or <c>letters (focused and monitoring visits)</c>.</param>
/// <param name="Units">How many held-out units are of this kind.</param>
/// <param name="FromText">Area accuracy from text and heading alone.</param>
/// <param name="WithStructure">Area accuracy with the structure known (as mined).</param>
/// <example>
/// <code>
/// foreach (AreaStratum s in AreaStratum.Of(cv))
///     Console.WriteLine($"{s.Name}: {s.FromText:0.000} from text and heading, {s.WithStructure:0.000} with structure (n = {s.Units})");
/// </code>
/// </example>
public sealed record AreaStratum(string Name, int Units, double FromText, double WithStructure)
{
    /// <summary>Letters of focused and monitoring visits.</summary>
    public const string Letters = "letters (focused and monitoring visits)";

    /// <summary>A council's own reports filed with an inspection.</summary>
    public const string CouncilReports = "council reports";

    /// <summary>Units under a judgement heading of an inspection report.</summary>
    public const string JudgementSections = "reports: judgement sections";

    /// <summary>Items of an inspection report's list of what needs to improve.</summary>
    public const string ImprovementLists = "reports: improvement lists";

    /// <summary>An inspection report's summary, front matter and other sections.</summary>
    public const string SummaryAndOther = "reports: summary and other";

    /// <summary>All units of inspection reports (the three report strata together).</summary>
    public const string AllReportSections = "reports: all sections";

    /// <summary>The stratum a unit of <paramref name="context"/> falls in (one of the first five names).</summary>
    public static string NameFor(UnitContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return context.DocumentKind is DocumentKind.FocusedVisit or DocumentKind.MonitoringVisit ? Letters
            : context.DocumentKind == DocumentKind.CouncilReport ? CouncilReports
            : context.SectionKind == SectionKind.Judgement ? JudgementSections
            : context.SectionKind == SectionKind.ImprovementList ? ImprovementLists
            : SummaryAndOther;
    }

    /// <summary>The strata of a cross-validation's held-out units, by name, then all report sections together.</summary>
    public static IReadOnlyList<AreaStratum> Of(CrossValidationResult cv)
    {
        ArgumentNullException.ThrowIfNull(cv);
        var rows = cv.Predictions.Select((p, i) => (p.Gold, p.Predicted, Text: cv.FromText[i], Stratum: NameFor(p.Gold.Context))).ToList();
        var strata = rows.GroupBy(r => r.Stratum).OrderBy(g => g.Key, StringComparer.Ordinal).Select(g => Score(g.Key, [.. g])).ToList();
        strata.Add(Score(AllReportSections, [.. rows.Where(r => r.Stratum is not (Letters or CouncilReports))]));
        return strata;
    }

    private static AreaStratum Score(string name, IReadOnlyList<(Training.LabeledUnit Gold, Finding Predicted, Finding Text, string Stratum)> rows) =>
        new(name, rows.Count,
            rows.Count == 0 ? 0 : rows.Count(r => r.Text.Area == r.Gold.Area) / (double)rows.Count,
            rows.Count == 0 ? 0 : rows.Count(r => r.Predicted.Area == r.Gold.Area) / (double)rows.Count);
}
