using InspectionMiner.Labels;
using InspectionMiner.Layout;

namespace InspectionMiner.Facts;

/// <summary>
/// Extracts a document's facts (authority, kind, framework, dates, inspectors, focus and grades) from its
/// clean blocks, and warns of those that contradict each other. It reads the wording Ofsted has used across every
/// framework since 2009, and council reports that restate an inspection. Each fact family has a reader of its own.
/// </summary>
internal static class FactExtractor
{
    /// <summary>Extracts the facts of the document made of <paramref name="blocks"/>.</summary>
    public static DocumentFacts Extract(IReadOnlyList<LayoutBlock> blocks)
    {
        var head = FactText.HeadText(blocks, 40);
        // The whole text is built only for the facts that need it (SIF grades, council reports' authority).
        // The first pages' text, read by the grade reader and the checks.
        var prefix = FactText.PrefixText(blocks, 6000);
        var all = new Lazy<string>(() => FactText.HeadText(blocks, blocks.Count), LazyThreadSafetyMode.None);
        var kind = KindReader.KindOf(blocks, head);
        var published = DateReader.PublishedDate(blocks, head, kind, out var publishedSource);
        var (start, end) = DateReader.InspectionDates(head, kind, published, out var inspectionDays, out var datesSource);
        var misprinted = false;
        if (published is null && kind is DocumentKind.FocusedVisit or DocumentKind.MonitoringVisit && end is { } visitEnd)
        {
            published = DateReader.MisprintedLetterDate(blocks, visitEnd, out publishedSource);
            misprinted = published is not null;
        }

        var framework = FrameworkReader.FrameworkOf(head, kind, start ?? published);
        // Short ILACS inspections take one week on site (possibly in two parts), standard ones two.
        if (kind == DocumentKind.StandardInspection && framework is Framework.Ilacs or Framework.Ilacs2026 && inspectionDays is > 0 and <= 8)
        {
            kind = DocumentKind.ShortInspection;
        }

        var (grades, dropped) = kind is DocumentKind.FocusedVisit or DocumentKind.MonitoringVisit or DocumentKind.JointTargetedAreaInspection or DocumentKind.CouncilReport
            ? (JudgementGrades.None, [])
            : GradeReader.GradesOf(blocks, head, prefix, framework, kind, start);
        // A report's team lines ("Lead inspector: A", "Team inspectors: B, C") come first, then the names its sentences give.
        var team = InspectionTeamReader.Team(blocks, out var teamLead);
        var named = InspectorReader.Inspectors(head, out var markedLead);
        IReadOnlyList<string> inspectors = team.Count == 0 ? named : [.. team, .. named.Where(n => !team.Contains(n, StringComparer.OrdinalIgnoreCase))];
        var lead = teamLead ?? InspectorReader.LeadInspector(kind, blocks, markedLead) ??
            (inspectors.Count > 0 && kind is DocumentKind.FocusedVisit or DocumentKind.MonitoringVisit ? inspectors[0] : null);
        if (lead is not null && !inspectors.Contains(lead, StringComparer.OrdinalIgnoreCase))
        {
            inspectors = [lead, .. inspectors];
        }

        var focus = kind is DocumentKind.FocusedVisit or DocumentKind.MonitoringVisit ? FocusReader.Focus(blocks, head) : null;
        var authority = AuthorityReader.Read(blocks, head, all, start ?? published);
        var facts = new DocumentFacts(authority.Authority?.Name, kind, framework, start, end, published, lead, inspectors, focus, grades)
        {
            LocalAuthority = authority.Authority,
            AuthorityAsPrinted = authority.Printed,
            FocusAreas = focus is null ? [] : FocusReader.AreasOf(focus),
        };
        var checks = FactChecks.Check(facts, prefix, dropped, datesSource, publishedSource, misprinted);
        return facts with { Warnings = [.. authority.Warnings, .. checks] };
    }
}
