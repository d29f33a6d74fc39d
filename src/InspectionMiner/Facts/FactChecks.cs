using System.Globalization;
using System.Text.RegularExpressions;
using InspectionMiner.Labels;

namespace InspectionMiner.Facts;

/// <summary>
/// Warns of facts that contradict each other or the framework: a graded judgement without a grade (with the text
/// where grade words were found but not read), a grade the framework does not give, a summary line at odds with the
/// overall grade, dates out of order.
/// </summary>
internal static partial class FactChecks
{
    private static readonly DateOnly ReformStart = new(2026, 4, 1);

    public static IEnumerable<FactWarning> Check(
        DocumentFacts facts, string text, IReadOnlyList<GradeReading> droppedGrades, string? datesSource, string? publishedSource, bool misprintedYear = false)
    {
        if (misprintedYear && facts.Published is { } dated)
        {
            yield return new FactWarning("published", $"the letter's date has a misprinted year, read as {Iso(dated)}: the first such day after the visit", publishedSource ?? string.Empty);
        }

        foreach (var judgement in facts.Grades.Judgements.Where(j => facts.Grades[j] == Grade.NotJudged))
        {
            var field = "grades." + JsonName(judgement);
            var found = GradeWordsNear(text, judgement);
            var date = facts.InspectionStart ?? facts.Published;
            var message = judgement == Judgement.OverallEffectiveness && date < ReformStart
                ? "a full inspection before April 2026 has an overall effectiveness grade, but none was read"
                : $"the {facts.Framework} framework grades this judgement, but no grade was read";
            yield return new FactWarning(field, found is null ? message : message + " (grade words found but not read)", found ?? string.Empty);
        }

        foreach (var r in droppedGrades)
        {
            yield return new FactWarning("grades." + JsonName(r.Judgement),
                r.Judgement == Judgement.OverallEffectiveness
                    ? "an inspection after the April 2026 reform has no overall effectiveness judgement, but the document gives one"
                    : $"the {facts.Framework} framework has no such judgement, but the document gives one", r.Text);
        }

        // SIF's summary line ("Children's services in X are good") against the overall grade read from a grade table or heading.
        if (facts.Grades.OverallEffectiveness is var overall and not Grade.NotJudged && SummaryLine.Find(text) is { } summary && summary.Grade != overall)
        {
            yield return new FactWarning("grades.overallEffectiveness",
                $"the summary line says {GradeWords(summary.Grade)}, but the overall effectiveness grade read is {GradeWords(overall)}", summary.Text);
        }

        var dates = $"{datesSource} / {publishedSource}";
        if (facts.InspectionStart is { } start && facts.InspectionEnd is { } end && end < start)
        {
            yield return new FactWarning("inspectionEnd", $"the inspection ends ({Iso(end)}) before it starts ({Iso(start)})", datesSource ?? string.Empty);
        }

        if (facts.Published is { } published && (facts.InspectionEnd ?? facts.InspectionStart) is { } last && published < last)
        {
            yield return new FactWarning("published", $"published {Iso(published)}, before the inspection or visit ended ({Iso(last)})", dates);
        }
    }

    /// <summary>The JSON name of a judgement's grade ("overallEffectiveness").</summary>
    public static string JsonName(Judgement judgement)
    {
        var name = judgement.ToString();
        return char.ToLowerInvariant(name[0]) + name[1..];
    }

    private static string GradeWords(Grade grade) => grade switch
    {
        Grade.RequiresImprovement => "requires improvement",
        _ => grade.ToString().ToLowerInvariant(),
    };

    private static string Iso(DateOnly d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>The judgement's name followed closely by grade words, as printed, or null.</summary>
    private static string? GradeWordsNear(string text, Judgement judgement)
    {
        var name = judgement switch
        {
            Judgement.OverallEffectiveness => OverallName(),
            Judgement.ImpactOfLeaders => LeadersName(),
            Judgement.HelpAndProtection => HelpName(),
            Judgement.ChildrenInCare => CareName(),
            Judgement.CareLeavers => LeaversName(),
            Judgement.Adoption => AdoptionName(),
            _ => LscbName(),
        };
        var m = name.Match(text);
        return m.Success ? Regex.Replace(m.Value, @"\s+", " ") : null;
    }

    private const string Grades = @"(?:outstanding|good|requires?\s+improvement|inadequate|adequate)";

    [GeneratedRegex(@"(?:overall effectiveness|overall judgement|children's services in)[^.]{0,120}?\b" + Grades, RegexOptions.IgnoreCase)]
    private static partial Regex OverallName();

    [GeneratedRegex(@"(?:impact of leaders|leadership,? management)[^.]{0,120}?\b" + Grades, RegexOptions.IgnoreCase)]
    private static partial Regex LeadersName();

    [GeneratedRegex(@"help and protection[^.]{0,120}?\b" + Grades, RegexOptions.IgnoreCase)]
    private static partial Regex HelpName();

    [GeneratedRegex(@"(?:children in care|children looked after)[^.]{0,120}?\b" + Grades, RegexOptions.IgnoreCase)]
    private static partial Regex CareName();

    [GeneratedRegex(@"care leavers[^.]{0,120}?\b" + Grades, RegexOptions.IgnoreCase)]
    private static partial Regex LeaversName();

    [GeneratedRegex(@"adoption performance[^.]{0,120}?\b" + Grades, RegexOptions.IgnoreCase)]
    private static partial Regex AdoptionName();

    [GeneratedRegex(@"(?:safeguarding children board|LSCB)[^.]{0,120}?\b" + Grades, RegexOptions.IgnoreCase)]
    private static partial Regex LscbName();
}
