using InspectionMiner.Labels;

namespace InspectionMiner.Structure;

/// <summary>
/// Recognises what a heading opens: a summary, an improvement list, a judgement section (with its area and
/// grade), another known section, or nothing known (a sub-heading, which stays in its parent section).
/// </summary>
internal static partial class SectionRules
{
    /// <summary>
    /// The words of the judgements' own titles, as a focused visit's focus names them, and the children the help and
    /// protection judgement is about ("arrangements for children in need, children subject to a plan and children in
    /// care" names two judgements, not one).
    /// </summary>
    private static readonly (string Term, JudgementArea Area)[] JudgementTerms =
    [
        ("help and protection", JudgementArea.HelpAndProtection), ("children in need", JudgementArea.HelpAndProtection),
        ("child in need", JudgementArea.HelpAndProtection), ("subject to a plan", JudgementArea.HelpAndProtection),
        ("child protection", JudgementArea.HelpAndProtection), ("children in care", JudgementArea.ChildrenInCare),
        ("looked after", JudgementArea.ChildrenInCare), ("care leavers", JudgementArea.CareLeavers),
    ];

    /// <summary>The services docs/labels.md lists under each judgement area, as a focused visit's focus names them.</summary>
    private static readonly (string Term, JudgementArea Area)[] FocusTerms =
    [
        ("protection plan", JudgementArea.HelpAndProtection),
        ("need of protection", JudgementArea.HelpAndProtection), ("front door", JudgementArea.HelpAndProtection),
        ("contacts", JudgementArea.HelpAndProtection), ("referral", JudgementArea.HelpAndProtection),
        ("multi-agency safeguarding hub", JudgementArea.HelpAndProtection), ("mash", JudgementArea.HelpAndProtection),
        ("early help", JudgementArea.HelpAndProtection), ("vulnerable adolescents", JudgementArea.HelpAndProtection),
        ("extra-familial", JudgementArea.HelpAndProtection), ("exploitation", JudgementArea.HelpAndProtection),
        ("missing from", JudgementArea.HelpAndProtection), ("disabled children", JudgementArea.HelpAndProtection),
        ("children with disabilities", JudgementArea.HelpAndProtection), ("private fostering", JudgementArea.HelpAndProtection),
        ("homeless", JudgementArea.HelpAndProtection), ("pre-proceedings", JudgementArea.HelpAndProtection),
        ("public law outline", JudgementArea.HelpAndProtection), ("edge of care", JudgementArea.HelpAndProtection),
        ("domestic abuse", JudgementArea.HelpAndProtection), ("positions of trust", JudgementArea.HelpAndProtection),
        ("looked after", JudgementArea.ChildrenInCare), ("permanence", JudgementArea.ChildrenInCare),
        ("placement", JudgementArea.ChildrenInCare), ("sufficiency", JudgementArea.ChildrenInCare),
        ("adoption", JudgementArea.ChildrenInCare), ("special guardianship", JudgementArea.ChildrenInCare),
        ("residential", JudgementArea.ChildrenInCare), ("entry to care", JudgementArea.ChildrenInCare),
        ("into care", JudgementArea.ChildrenInCare), ("foster care", JudgementArea.ChildrenInCare),
        ("care-experienced", JudgementArea.CareLeavers), ("care experienced", JudgementArea.CareLeavers),
        ("leaving care", JudgementArea.CareLeavers), ("pathway plan", JudgementArea.CareLeavers),
        ("personal adviser", JudgementArea.CareLeavers),
    ];

    private static readonly string[] ImprovementHeadings =
    [
        "what needs to improve", "what does the local authority need to improve", "what the local authority needs to improve",
        "areas for improvement", "areas for development", "area for improvement", "recommendations", "recommendation",
        "the local authority should", "priority action", "areas for priority action", "what needs to be improved",
        "immediately", "within three months", "within six months", "next steps", "what does the lscb need to improve",
        "what does the board need to improve", "priority and immediate action",
    ];

    private static readonly string[] SummaryHeadings =
    [
        "executive summary", "overview", "summary", "headline findings", "overall effectiveness", "summary of findings",
        "key findings", "main findings", "summary for children and young people", "summary of main issues",
    ];

    private static readonly string[] OtherHeadings =
    [
        "contents", "information about this", "about this inspection", "the local authority", "service information",
        "inspection judgements", "the inspection judgements", "record of main findings", "findings", "annex", "glossary",
        "inspection team", "the inspection team", "what the inspection judgements mean", "local leadership", "children living in this area", "previous ofsted inspections",
        "other ofsted", "background", "purpose of this report", "purpose of report", "main issues", "corporate considerations",
    ];

    /// <summary>
    /// Classifies <paramref name="heading"/>. Returns null when the heading is not one that opens a known section.
    /// </summary>
    /// <param name="heading">The heading text.</param>
    /// <param name="isCouncilReport">In a council's own report, "Recommendations" are the council's, not Ofsted's.</param>
    public static Section? Classify(string heading, bool isCouncilReport)
    {
        var h = Normalise(heading);
        if (h.Length == 0 || h.Length > 160)
        {
            return null;
        }

        if (StartsWithAny(h, ImprovementHeadings))
        {
            return isCouncilReport ? new Section(heading, SectionKind.Other, null, null) : new Section(heading, SectionKind.ImprovementList, null, null);
        }

        if (h.EndsWith("in this area", StringComparison.Ordinal))
        {
            // "Children looked after in this area": the SIF context data, not a judgement.
            return new Section(heading, SectionKind.Other, null, null);
        }

        if (h == "quality of provision")
        {
            // 2009–2013 (before SIF): the quality of provision of the part it sits in, children in care in an inspection of
            // looked after children services; the section tracker gives it that part's area.
            return new Section(heading, SectionKind.Judgement, null, null);
        }

        var area = JudgementAreaOf(h);
        if (area is not null && LooksLikeJudgementTitle(h))
        {
            var grade = h.StartsWith("the graded judg", StringComparison.Ordinal)
                ? GradeParser.FindFirst(heading)?.Grade // SIF: "The graded judgment about … care leavers is that it requires improvement."
                : GradeParser.FromEnding(heading) ?? (heading.Length <= 120 ? GradeParser.FindFirst(heading)?.Grade : null);
            return new Section(heading, SectionKind.Judgement, area, grade);
        }

        if (StartsWithAny(h, SummaryHeadings))
        {
            return new Section(heading, SectionKind.Summary, null, null);
        }

        if (StartsWithAny(h, OtherHeadings))
        {
            return new Section(heading, SectionKind.Other, null, null);
        }

        return null;
    }

    /// <summary>
    /// The judgement section a SIF-style "Key judgement | Judgement grade" table opens, or null when
    /// <paramref name="tableText"/> is not such a table.
    /// </summary>
    public static Section? FromKeyJudgementTable(string tableText)
    {
        if (!tableText.StartsWith("Key judgement", StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        var body = tableText["Key judgement".Length..].Replace('\t', ' ').Replace('\n', ' ')
            .Replace("Judgement grade", string.Empty, StringComparison.OrdinalIgnoreCase).Trim();
        var area = JudgementAreaOf(Normalise(body));
        return area is null ? null : new Section(body, SectionKind.Judgement, area, GradeParser.FindFirst(body)?.Grade);
    }

    /// <summary>
    /// True when a paragraph is really a judgement heading set as body text
    /// ("The experiences and progress of children who need help and protection: requires improvement to be good.").
    /// </summary>
    public static bool IsJudgementTitleParagraph(string text) =>
        text.Length <= 220 && Classify(text, isCouncilReport: false) is { Kind: SectionKind.Judgement, Grade: not null };

    /// <summary>
    /// True for the first paragraph of Ofsted's closing boilerplate ("The Office for Standards in Education … regulates
    /// and inspects", "Interested in our work?"): it ends the last judgement section.
    /// </summary>
    public static bool IsClosingMatter(string text) =>
        text.StartsWith("The Office for Standards in Education", StringComparison.Ordinal) ||
        text.StartsWith("Interested in our work?", StringComparison.Ordinal) ||
        text.StartsWith("If you would like a copy of this document in a different format", StringComparison.Ordinal);

    /// <summary>True when a heading is only the start of a judgement title whose rest is set in the next block
    /// (SIF 2016–17: "The experiences and progress of" / "children looked after and achieving | Good" / "permanence").</summary>
    public static bool IsTruncatedJudgementTitle(string heading)
    {
        var h = Normalise(heading);
        return (h.StartsWith("the experiences and progress of", StringComparison.Ordinal) || h.StartsWith("experiences and progress of", StringComparison.Ordinal))
            && JudgementAreaOf(h) is null;
    }

    /// <summary>
    /// A judgement title whose grade box was read into the middle of it ("The experiences and progress of Requires
    /// children who need help and" / "improvement protection"): the grade words are taken out of the title and put
    /// after it, and the result classified. Null unless it is a judgement title.
    /// </summary>
    public static Section? ClassifySplitTitle(string joined, bool isCouncilReport)
    {
        var grades = new List<string>();
        var title = GradeWord().Replace(joined.Replace('\t', ' ').Replace('\n', ' '), m =>
        {
            grades.Add(m.Value);
            return " ";
        });
        title = string.Join(' ', title.Split(' ', StringSplitOptions.RemoveEmptyEntries));
        var heading = grades.Count == 0 ? title : title + " " + string.Join(' ', grades);
        return Classify(heading, isCouncilReport) is { Kind: SectionKind.Judgement } section ? section : null;
    }

    /// <summary>
    /// A judgement title set as a one-row table with its grade ("Leadership, management and governance | Requires
    /// improvement to be good", SIF 2017–18), or null. Rows of a contents table end in page numbers, not grades.
    /// </summary>
    public static Section? FromJudgementTitleTable(string tableText)
    {
        if (tableText.Contains('\n'))
        {
            return null;
        }

        var cells = tableText.Split('\t');
        return cells.Length == 2 && GradeWord().Match(cells[1]) is { Success: true, Index: 0 }
            ? ClassifySplitTitle(cells[0] + ": " + cells[1], isCouncilReport: false)
            : null;
    }

    /// <summary>True when a judgement heading is the Local Safeguarding Children Board review's.</summary>
    public static bool IsSafeguardingBoardReview(string? heading) =>
        heading is not null && Normalise(heading) is var h && (h.Contains("safeguarding children board", StringComparison.Ordinal) || h.Contains("lscb", StringComparison.Ordinal));

    /// <summary>
    /// The grade a line such as "Grade 3 (Adequate)" states, or null: reports before SIF (2009–2013) set each
    /// judgement's grade as a heading of its own under the judgement's title; it grades that section and opens none.
    /// </summary>
    public static Grade? GradeLine(string text) =>
        GradeLinePattern().Match(text) is { Success: true } m ? GradeParser.FromWords(m.Groups["words"].Value) : null;

    /// <summary>
    /// True when a judgement heading is "Capacity to improve" (before SIF): the report's one list of areas for improvement
    /// follows it but concerns every judgement.
    /// </summary>
    public static bool IsCapacityJudgement(string? heading) =>
        heading is not null && Normalise(heading).StartsWith("capacity", StringComparison.Ordinal);

    /// <summary>True for a line that states a fact rather than opening a section ("Inspection dates: …", "Lead inspector: …").</summary>
    public static bool IsFactLine(string heading) =>
        FactLine().IsMatch(heading);

    /// <summary>The judgement area a heading names, or null.</summary>
    public static JudgementArea? JudgementAreaOf(string normalisedHeading)
    {
        var h = normalisedHeading;
        if (h.Contains("help and protection", StringComparison.Ordinal))
        {
            return JudgementArea.HelpAndProtection;
        }

        if (h.Contains("care leavers", StringComparison.Ordinal) && !h.Contains("children in care", StringComparison.Ordinal) && !h.Contains("looked after", StringComparison.Ordinal))
        {
            return JudgementArea.CareLeavers;
        }

        if (h.Contains("children in care", StringComparison.Ordinal) || h.Contains("looked after", StringComparison.Ordinal) ||
            h.Contains("achieving permanence", StringComparison.Ordinal) || h.StartsWith("adoption performance", StringComparison.Ordinal))
        {
            return JudgementArea.ChildrenInCare;
        }

        if (h.StartsWith("outcomes for children and young people", StringComparison.Ordinal))
        {
            // 2009–2012, the safeguarding part of an inspection of safeguarding and looked after children services.
            return JudgementArea.HelpAndProtection;
        }

        if (h.Contains("impact of leaders", StringComparison.Ordinal) || h.StartsWith("leadership", StringComparison.Ordinal) ||
            h.Contains("local safeguarding children board", StringComparison.Ordinal) || h.Contains("lscb", StringComparison.Ordinal) || h.StartsWith("capacity to improve", StringComparison.Ordinal) ||
            h.StartsWith("capacity for improvement", StringComparison.Ordinal))
        {
            return JudgementArea.Leadership;
        }

        return null;
    }

    /// <summary>
    /// The judgement area a focused visit's stated focus concerns ("the local authority's arrangements for the 'front
    /// door'" → <see cref="JudgementArea.HelpAndProtection"/>): a judgement's own words first, else the services
    /// docs/labels.md lists under each area. Null when the focus names none, or services of more than one area.
    /// </summary>
    public static JudgementArea? FocusAreaOf(string focus)
    {
        // "Decision-making across help and protection, children in care and care leavers" names three judgements.
        var h = Normalise(focus);
        var judgements = AreasNamed(h, JudgementTerms);
        var services = judgements.Count == 0 ? AreasNamed(h, FocusTerms) : judgements;
        return services.Count == 1 ? services[0] : null;
    }

    /// <summary>The judgement areas a focus names: the judgements it names, or when none, the areas of the services it names.</summary>
    public static IReadOnlyList<JudgementArea> AreasNamedIn(string focus)
    {
        var h = Normalise(focus);
        var judgements = AreasNamed(h, JudgementTerms);
        return judgements.Count == 0 ? AreasNamed(h, FocusTerms) : judgements;
    }

    private static List<JudgementArea> AreasNamed(string text, (string Term, JudgementArea Area)[] terms) =>
        terms.Where(t => text.Contains(t.Term, StringComparison.Ordinal)).Select(t => t.Area).Distinct().ToList();

    private static bool LooksLikeJudgementTitle(string h) =>
        h.StartsWith("the experiences and progress", StringComparison.Ordinal) || h.StartsWith("experiences and progress", StringComparison.Ordinal) ||
        h.StartsWith("the experiences of", StringComparison.Ordinal) ||
        h.StartsWith("the impact of leaders", StringComparison.Ordinal) || h.StartsWith("impact of leaders", StringComparison.Ordinal) ||
        h.StartsWith("children who need help", StringComparison.Ordinal) || h.StartsWith("children looked after", StringComparison.Ordinal) ||
        h.StartsWith("leadership", StringComparison.Ordinal) || h.StartsWith("adoption performance", StringComparison.Ordinal) ||
        h.StartsWith("the local safeguarding children board", StringComparison.Ordinal) || h.StartsWith("local safeguarding children board", StringComparison.Ordinal) ||
        h.StartsWith("inspection judgement about the lscb", StringComparison.Ordinal) || h.StartsWith("inspection findings – the local safeguarding children board", StringComparison.Ordinal) ||
        h.StartsWith("inspection findings - the local safeguarding children board", StringComparison.Ordinal) || h.StartsWith("review of the effectiveness", StringComparison.Ordinal) ||
        h.StartsWith("capacity to improve", StringComparison.Ordinal) || h.StartsWith("capacity for improvement", StringComparison.Ordinal) ||
        h.StartsWith("outcomes for", StringComparison.Ordinal) ||
        h.StartsWith("the graded judg", StringComparison.Ordinal) || h.StartsWith("the local authority's services for children in care", StringComparison.Ordinal);

    /// <summary>Lower-cases, straightens quotes, drops a leading number and trailing punctuation.</summary>
    public static string Normalise(string heading)
    {
        // Find the part kept (trimmed, without a leading number or trailing punctuation), then lower-case it and
        // straighten its quotes in one copy.
        var start = heading.Length - heading.AsSpan().TrimStart().Length;
        var span = heading.AsSpan(start).TrimEnd();
        var i = 0;
        while (i < span.Length && (char.IsDigit(span[i]) || span[i] is '.' or ' ' or ')'))
        {
            i++;
        }

        var kept = span[i..].TrimEnd("?:. ");
        return string.Create(kept.Length, (heading, start: start + i), static (output, state) =>
        {
            var source = state.heading.AsSpan(state.start, output.Length);
            for (var k = 0; k < output.Length; k++)
            {
                output[k] = TextFold.LowerStraight(source[k]);
            }
        });
    }

    private static bool StartsWithAny(string h, string[] prefixes)
    {
        foreach (var p in prefixes)
        {
            if (h.StartsWith(p, StringComparison.Ordinal) && (h.Length == p.Length || !char.IsLetter(h[p.Length])))
            {
                return true;
            }
        }

        return false;
    }

    // The grade words a judgement title never contains (titles are lower case after "The"; grades are capitalised).
    [System.Text.RegularExpressions.GeneratedRegex(@"\b(?:Requires|improvement to be good|improvement|to be good|Inadequate|Inadequat|Good|Outstanding)\b")]
    private static partial System.Text.RegularExpressions.Regex GradeWord();

    [System.Text.RegularExpressions.GeneratedRegex(@"^Grade\s*[1-4]\s*[(:–-]?\s*(?<words>Outstanding|Good|Adequate|Inadequate)\s*\)?\.?$", System.Text.RegularExpressions.RegexOptions.IgnoreCase)]
    private static partial System.Text.RegularExpressions.Regex GradeLinePattern();

    [System.Text.RegularExpressions.GeneratedRegex(@"^(?:Inspection dates?|Dates? of inspection|Lead inspector|Reporting inspector|(?:Report )?published|Publication date|Age group|Date)\b", System.Text.RegularExpressions.RegexOptions.IgnoreCase)]
    private static partial System.Text.RegularExpressions.Regex FactLine();
}
