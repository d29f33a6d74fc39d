using System.Text;
using System.Text.RegularExpressions;
using InspectionMiner.Labels;
using InspectionMiner.Layout;

namespace InspectionMiner.Structure;

/// <summary>
/// Extracts a document's facts (authority, kind, framework, dates, inspectors, focus and grades) from its
/// clean blocks. It reads the wording Ofsted has used across every framework since 2012, and council
/// reports that restate an inspection.
/// </summary>
internal static partial class FactExtractor
{
    private static readonly DateOnly SifStart = new(2013, 11, 1);
    private static readonly DateOnly IlacsStart = new(2018, 1, 1);
    private static readonly DateOnly ReformStart = new(2026, 4, 1);

    /// <summary>Extracts the facts of the document made of <paramref name="blocks"/>.</summary>
    public static DocumentFacts Extract(IReadOnlyList<LayoutBlock> blocks)
    {
        var head = HeadText(blocks, 40);
        // The whole text is built only for the facts that need it (SIF grades, council reports' authority).
        var all = new Lazy<string>(() => HeadText(blocks, blocks.Count), LazyThreadSafetyMode.None);
        var kind = KindOf(blocks, head);
        var (start, end) = InspectionDates(head, kind, out var inspectionDays);
        var published = PublishedDate(blocks, head, kind);
        var framework = FrameworkOf(head, kind, start ?? published);
        // Short ILACS inspections take one week on site (possibly in two parts), standard ones two.
        if (kind == DocumentKind.StandardInspection && framework is Framework.Ilacs or Framework.Ilacs2026 && inspectionDays is > 0 and <= 8)
        {
            kind = DocumentKind.ShortInspection;
        }

        var grades = kind is DocumentKind.FocusedVisit or DocumentKind.MonitoringVisit or DocumentKind.JointTargetedAreaInspection or DocumentKind.CouncilReport
            ? JudgementGrades.None
            : GradesOf(blocks, framework);
        var inspectors = Inspectors(head);
        var lead = LeadInspector(kind, blocks) ?? (inspectors.Count > 0 && kind is DocumentKind.FocusedVisit or DocumentKind.MonitoringVisit ? inspectors[0] : null);
        if (lead is not null && !inspectors.Contains(lead, StringComparer.OrdinalIgnoreCase))
        {
            inspectors = [lead, .. inspectors];
        }

        var focus = kind is DocumentKind.FocusedVisit or DocumentKind.MonitoringVisit ? Focus(head) : null;
        return new DocumentFacts(Authority(blocks, head, all), kind, framework, start, end, published, lead, inspectors, focus, grades);
    }

    private static string HeadText(IReadOnlyList<LayoutBlock> blocks, int count, int from = 0)
    {
        // The first blocks' text, one line per block, with tabs as spaces and curly single quotes straight, in one
        // pass: for the whole document this runs on every parse.
        var end = Math.Min(from + count, blocks.Count);
        var length = 0;
        for (var i = from; i < end; i++)
        {
            length += blocks[i].Text.Length + 1;
        }

        return string.Create(length, (blocks, from, end), static (span, state) =>
        {
            var at = 0;
            for (var i = state.from; i < state.end; i++)
            {
                foreach (var c in state.blocks[i].Text)
                {
                    span[at++] = c switch
                    {
                        '\t' => ' ',
                        '’' or '‘' => '\'',
                        _ => c,
                    };
                }

                span[at++] = '\n';
            }
        });
    }

    /// <summary>
    /// The first match of <paramref name="regex"/> in the whole text, found by searching only around the blocks that
    /// contain <paramref name="cue"/> (case-insensitive), from <paramref name="before"/> blocks before to
    /// <paramref name="after"/> after: the same match as searching the whole text when every match contains the cue
    /// and spans no more blocks than that.
    /// </summary>
    private static Match FirstMatchAround(IReadOnlyList<LayoutBlock> blocks, string cue, Regex regex, int before = 0, int after = 0)
    {
        for (var i = 0; i < blocks.Count; i++)
        {
            if (blocks[i].Text.Contains(cue, StringComparison.OrdinalIgnoreCase))
            {
                var from = Math.Max(0, i - before);
                var m = regex.Match(HeadText(blocks, Math.Min(blocks.Count, i + after + 1) - from, from));
                if (m.Success)
                {
                    return m;
                }
            }
        }

        return Match.Empty;
    }

    /// <summary>The first <paramref name="length"/> characters of the whole text (as <see cref="HeadText"/> builds it).</summary>
    private static string PrefixText(IReadOnlyList<LayoutBlock> blocks, int length)
    {
        var count = 0;
        for (var total = 0; count < blocks.Count && total < length; count++)
        {
            total += blocks[count].Text.Length + 1;
        }

        var text = HeadText(blocks, count);
        return text.Length > length ? text[..length] : text;
    }

    private static DocumentKind KindOf(IReadOnlyList<LayoutBlock> blocks, string head)
    {
        // The title names the kind ("Focused visit to …", "Inspection of …"); later text may mention other visits,
        // so only the openings of the first blocks are read.
        var firstPart = head.Length > 3000 ? head[..3000] : head;
        if (CouncilReportCue().IsMatch(firstPart) && !OfstedTitle().IsMatch(firstPart))
        {
            return DocumentKind.CouncilReport;
        }

        foreach (var block in blocks.Take(30))
        {
            var t = block.Text.TrimStart();
            if (t.StartsWith("Joint targeted area inspection", StringComparison.OrdinalIgnoreCase))
            {
                return DocumentKind.JointTargetedAreaInspection;
            }

            if (t.StartsWith("Monitoring visit", StringComparison.OrdinalIgnoreCase))
            {
                return DocumentKind.MonitoringVisit;
            }

            if (t.StartsWith("Focused visit", StringComparison.OrdinalIgnoreCase))
            {
                return DocumentKind.FocusedVisit;
            }

            if (t.StartsWith("Inspection of", StringComparison.OrdinalIgnoreCase) || t.StartsWith("Re-inspection of", StringComparison.OrdinalIgnoreCase) ||
                t.StartsWith("Reinspection of", StringComparison.OrdinalIgnoreCase))
            {
                return ReinspectionTitle().IsMatch(t) ? DocumentKind.Reinspection : DocumentKind.StandardInspection;
            }
        }

        if (FocusedVisitOpening().IsMatch(firstPart))
        {
            return DocumentKind.FocusedVisit;
        }

        return InspectionDateLabel().IsMatch(firstPart) ? DocumentKind.StandardInspection : DocumentKind.Unknown;
    }

    private static (DateOnly? Start, DateOnly? End) InspectionDates(string head, DocumentKind kind, out int inspectionDays)
    {
        inspectionDays = 0;
        var label = InspectionDateLabel().Match(head);
        if (label.Success)
        {
            var line = head[(label.Index + label.Length)..];
            var stop = line.IndexOf('\n');
            line = stop >= 0 ? line[..stop] : line;
            var other = OtherFactLabel().Match(line);
            var range = DateText.ReadRange(other.Success ? line[..other.Index] : line);
            if (range.Start is not null)
            {
                inspectionDays = InspectionDays(DateText.ReadAll(other.Success ? line[..other.Index] : line));
            }

            if (range.Start is not null)
            {
                return range;
            }
        }

        var visit = VisitDates().Match(head);
        if (visit.Success)
        {
            return DateText.ReadRange(visit.Groups[1].Value);
        }

        if (kind == DocumentKind.CouncilReport)
        {
            var inspected = CouncilInspectionDates().Match(head);
            if (inspected.Success)
            {
                return DateText.ReadRange(inspected.Groups[1].Value);
            }
        }

        return (null, null);
    }

    /// <summary>Calendar days on site: the dates pair up as ranges ("8 to 12 July and 7 to 8 August" is 5 + 2 days).</summary>
    private static int InspectionDays(IReadOnlyList<DateOnly> dates)
    {
        var days = 0;
        for (var i = 0; i + 1 < dates.Count; i += 2)
        {
            days += dates[i + 1].DayNumber - dates[i].DayNumber + 1;
        }

        return dates.Count % 2 == 1 ? days + 1 : days;
    }

    private static DateOnly? PublishedDate(IReadOnlyList<LayoutBlock> blocks, string head, DocumentKind kind)
    {
        var label = PublishedLabel().Match(head);
        if (label.Success)
        {
            var dates = DateText.ReadAll(label.Groups[1].Value);
            if (dates.Count > 0)
            {
                return dates[0];
            }
        }

        // A letter's date stands alone near its top.
        foreach (var block in blocks.Take(20))
        {
            var text = block.Text.Trim();
            if (text.Length <= 30 && DateOnly.TryParseExact(OrdinalSuffix().Replace(text, "$1"), ["d MMMM yyyy", "dd MMMM yyyy"], out var date))
            {
                return date;
            }
        }

        if (kind == DocumentKind.CouncilReport)
        {
            var meeting = CouncilMeetingDate().Match(head);
            if (meeting.Success)
            {
                var dates = DateText.ReadAll(meeting.Groups[1].Value);
                return dates.Count > 0 ? dates[0] : null;
            }
        }

        return null;
    }

    private static Framework? FrameworkOf(string head, DocumentKind kind, DateOnly? date)
    {
        Framework? byTitle = null;
        if (IlacsTitle().IsMatch(head) || IlacsFrameworkName().IsMatch(head))
        {
            byTitle = Framework.Ilacs;
        }
        else if (SifTitle().IsMatch(head))
        {
            byTitle = Framework.Sif;
        }
        else if (PreSifTitle().IsMatch(head) && kind != DocumentKind.CouncilReport)
        {
            byTitle = Framework.PreSif;
        }

        if (byTitle == Framework.Ilacs || (byTitle is null && kind is DocumentKind.FocusedVisit))
        {
            return date is { } d && d >= ReformStart ? Framework.Ilacs2026 : Framework.Ilacs;
        }

        if (byTitle is not null)
        {
            return byTitle;
        }

        if (date is null)
        {
            return null;
        }

        return date < SifStart ? Framework.PreSif : date < IlacsStart ? Framework.Sif : date < ReformStart ? Framework.Ilacs : Framework.Ilacs2026;
    }

    private static JudgementGrades GradesOf(IReadOnlyList<LayoutBlock> blocks, Framework? framework)
    {
        var found = new Dictionary<string, Grade>();
        var combinedCareLeavers = false;

        void Take(string label, Grade grade, bool fromText = false)
        {
            // Only the grade table and judgement headings say whether care leavers share a judgement with children in care.
            var key = JudgementKey(label, out var combined);
            combinedCareLeavers |= combined && grade != Grade.NotJudged && !fromText;
            if (key is not null && grade != Grade.NotJudged && !found.ContainsKey(key))
            {
                found[key] = grade;
            }
        }

        // 1. The grade table, read as a table.
        foreach (var block in blocks.Take(60))
        {
            if (block.Kind != LayoutBlockKind.Table)
            {
                continue;
            }

            foreach (var row in block.Rows)
            {
                if (row.Count >= 2)
                {
                    // The grade may be split over cells ("Requires improvement" | "to be good").
                    var grade = GradeParser.FindFirst(string.Join(' ', row.Skip(1)));
                    if (grade is not null)
                    {
                        Take(row[0], grade.Value.Grade);
                    }
                }
            }
        }

        // 2. Judgement headings: "The experiences and progress of children in care: good".
        foreach (var block in blocks)
        {
            if (block.Kind == LayoutBlockKind.Heading && GradeParser.FromEnding(block.Text) is { } g)
            {
                Take(block.Text, g);
            }
        }

        // 3. The first pages as text: a judgement's name followed closely by a grade.
        var head = PrefixText(blocks, 6000);
        foreach (Match m in JudgementName().Matches(head))
        {
            var after = head.Substring(m.Index + m.Length, Math.Min(90, head.Length - m.Index - m.Length));
            var next = JudgementName().Match(after);
            if (next.Success)
            {
                after = after[..next.Index];
            }

            if (after.TrimStart().StartsWith("to be good", StringComparison.OrdinalIgnoreCase))
            {
                // A "Requires improvement / to be good" cell wrapped around the judgement's name (Reading, South Gloucestershire 2019).
                Take(m.Value, Grade.RequiresImprovement, fromText: true);
            }
            else if (GradeParser.FindFirst(after) is { } g)
            {
                Take(m.Value, g.Grade, fromText: true);
            }
            else
            {
                // A grade cell centred on a wrapped row is printed just above the judgement's name.
                var before = head[Math.Max(0, m.Index - 40)..m.Index];
                var lastBreak = before.LastIndexOf('\n', Math.Max(0, before.Length - 2));
                if (GradeParser.FindFirst(lastBreak >= 0 ? before[lastBreak..] : before) is { } b)
                {
                    Take(m.Value, b.Grade, fromText: true);
                }
            }
        }

        // SIF: "Children's services in Barnet are inadequate", and the LSCB's own judgement.
        var overallSentence = ServicesAre().Match(head);
        if (overallSentence.Success && !found.ContainsKey("overall"))
        {
            found["overall"] = GradeParser.FromWords(overallSentence.Groups[1].Value);
        }

        var lscb = framework is Framework.Ilacs or Framework.Ilacs2026 ? Match.Empty : FirstMatchAround(blocks, "Local Safeguarding Children Board", LscbIs(), after: 2);
        if (lscb.Success && !found.ContainsKey("lscb"))
        {
            found["lscb"] = GradeParser.FromWords(lscb.Groups[1].Value);
        }

        var grades = new JudgementGrades(
            found.GetValueOrDefault("overall"),
            found.GetValueOrDefault("leaders"),
            found.GetValueOrDefault("help"),
            found.GetValueOrDefault("care"),
            combinedCareLeavers ? Grade.NotJudged : found.GetValueOrDefault("leavers"),
            found.GetValueOrDefault("adoption"),
            found.GetValueOrDefault("lscb"));
        if (framework == Framework.Ilacs2026)
        {
            grades = grades with { OverallEffectiveness = Grade.NotJudged };
        }

        if (framework is Framework.Ilacs or Framework.Ilacs2026)
        {
            grades = grades with { Adoption = Grade.NotJudged, Lscb = Grade.NotJudged };
        }

        return grades;
    }

    private static string? JudgementKey(string label, out bool combinedCareLeavers)
    {
        combinedCareLeavers = false;
        var l = label.ToLowerInvariant();
        if (l.Contains("overall effectiveness"))
        {
            return "overall";
        }

        if (l.Contains("adoption performance"))
        {
            return "adoption";
        }

        if (l.Contains("local safeguarding children board") || l.Contains("lscb"))
        {
            return "lscb";
        }

        if (l.Contains("impact of leaders") || l.Contains("leadership, management") || l.Contains("leadership and management"))
        {
            return "leaders";
        }

        if (l.Contains("help and protection"))
        {
            return "help";
        }

        if (l.Contains("children in care") || l.Contains("looked after"))
        {
            combinedCareLeavers = l.Contains("care leavers");
            return "care";
        }

        if (l.Contains("care leavers"))
        {
            return "leavers";
        }

        return null;
    }

    private static IReadOnlyList<string> Inspectors(string head)
    {
        var names = new List<string>();
        var m = InspectorsWere().Match(head);
        if (m.Success)
        {
            foreach (var part in NameSeparator().Split(m.Groups[1].Value))
            {
                var name = CleanName(part);
                if (name is not null && !names.Contains(name, StringComparer.OrdinalIgnoreCase))
                {
                    names.Add(name);
                }
            }
        }

        return names;
    }

    private static string? LeadInspector(DocumentKind kind, IReadOnlyList<LayoutBlock> blocks)
    {
        // "Lead inspector: Name" may be split over the blocks either side of the one holding "inspector"; the first
        // block that yields a match gives the same match as searching the whole text.
        var m = FirstMatchAround(blocks, "inspector", LeadInspectorLabel(), before: 1, after: 1);

        if (m.Success)
        {
            var name = CleanName(m.Groups[1].Value);
            if (name is not null)
            {
                return name;
            }
        }

        if (kind is DocumentKind.FocusedVisit or DocumentKind.MonitoringVisit or DocumentKind.JointTargetedAreaInspection)
        {
            // A letter is signed by its lead inspector: "Yours sincerely" then the name.
            for (var i = 0; i < blocks.Count - 1; i++)
            {
                if (blocks[i].Text.StartsWith("Yours sincerely", StringComparison.OrdinalIgnoreCase))
                {
                    var rest = blocks[i].Text["Yours sincerely".Length..].Trim();
                    var candidate = rest.Length > 0 ? rest : blocks[i + 1].Text;
                    return CleanName(candidate);
                }
            }
        }

        return null;
    }

    private static string? CleanName(string raw)
    {
        var name = raw.Trim();
        name = HmiTitle().Replace(name, string.Empty);
        name = InspectorRole().Replace(name, string.Empty);
        name = InspectorPreamble().Replace(name, string.Empty);
        name = name.Trim(' ', ',', '.', ';', ':', '\t', '\n');
        if (name.Length < 4 || name.Length > 60 || !char.IsUpper(name[0]) || name.Count(c => c == ' ') is 0 or > 4 || name.Any(char.IsDigit))
        {
            return null;
        }

        return name;
    }

    private static string? Focus(string head)
    {
        var m = FocusSentence().Match(head);
        if (!m.Success)
        {
            return null;
        }

        var focus = Whitespace().Replace(m.Groups[1].Value, " ").Trim().TrimEnd('.');
        return focus.Length > 0 ? focus : null;
    }

    private static string? Authority(IReadOnlyList<LayoutBlock> blocks, string head, Lazy<string> lazyAll)
    {
        // "London Borough of Barnet" / "Barnsley" printed above "Inspection of children's social care services".
        for (var i = 1; i < Math.Min(blocks.Count, 6); i++)
        {
            if (blocks[i].Text.StartsWith("Inspection of", StringComparison.OrdinalIgnoreCase) &&
                !IlacsTitle().IsMatch(blocks[i].Text.Replace('’', '\'')) && blocks[i - 1].Kind == LayoutBlockKind.Heading &&
                blocks[i - 1].Text.Length <= 80 && !blocks[i - 1].Text.Contains(':'))
            {
                return NormaliseAuthority(blocks[i - 1].Text);
            }
        }

        foreach (var regex in new[] { IlacsTitle(), VisitTitle(), JtaiTitle(), ServicesIn() })
        {
            var m = regex.Match(head);
            if (m.Success)
            {
                return NormaliseAuthority(m.Groups["la"].Value);
            }
        }

        // A council report: the place its children's services are "in" ("Children's Services in Leeds were subject to…",
        // "inspection of children's social care services in Leicestershire"), the most frequent such place first.
        var all = lazyAll.Value;
        var servicesIn = ServicesInPlace().Matches(all)
            .Select(m => NormaliseAuthority(m.Groups["la"].Value))
            .GroupBy(n => n, StringComparer.OrdinalIgnoreCase)
            .OrderByDescending(g => g.Count()).FirstOrDefault();
        if (servicesIn is not null)
        {
            return servicesIn.Key;
        }

        // Else, of the councils it names, the one it mentions most often.
        var typed = CouncilName().Matches(all).Where(m => m.Groups["type"].Success).ToList();
        var council = (typed.Count > 0 ? typed : CouncilName().Matches(all).ToList()).Select(m => NormaliseAuthority(m.Groups["la"].Value)).Where(n => n.Length > 2)
            .Distinct(StringComparer.OrdinalIgnoreCase)
            .Select(n => (Name: n, Mentions: CountWord(all, n)))
            .OrderByDescending(c => c.Mentions).FirstOrDefault();
        if (council.Name is not null && council.Mentions >= 2)
        {
            return council.Name;
        }

        var borough = BoroughOf().Match(head);
        return borough.Success ? NormaliseAuthority(borough.Groups["la"].Value) : null;
    }

    /// <summary>Strips "London Borough of", "Council" and the like from an authority's name.</summary>
    public static string NormaliseAuthority(string raw)
    {
        var name = Whitespace().Replace(raw, " ").Trim().Trim(',', '.', ':');
        name = BoroughOfPrefix().Replace(name, string.Empty);
        name = CityOfPrefix().Replace(name, string.Empty);
        name = CouncilSuffix().Replace(name, string.Empty);
        name = AuthoritySuffix().Replace(name, string.Empty);
        name = TheArticle().Replace(name, string.Empty);
        name = CityOfSuffix().Replace(name, string.Empty);
        name = PlaceTypeSuffix().Replace(name, string.Empty);
        return name.Trim();
    }

    [GeneratedRegex(@"\b(?:Report\s+(?:of|to)\s+the\b|Executive\s+Board|Scrutiny\s+(?:Board|Committee|Panel)|Cabinet\s+Member|Electoral\s+Wards?|Agenda\s+Item|Purpose\s+of\s+(?:this|the)\s+report|Ward\s+Members|Eligible\s+for\s+Call)", RegexOptions.IgnoreCase)]
    private static partial Regex CouncilReportCue();

    [GeneratedRegex(@"^(?:Inspection of .{2,80}(?:children's services|looked after children|safeguarding)|(?:Focused|Monitoring) visit to |Joint targeted area inspection)", RegexOptions.IgnoreCase | RegexOptions.Multiline)]
    private static partial Regex OfstedTitle();

    [GeneratedRegex(@"(?:Inspection\s+dates?|Dates?\s+of\s+(?:the\s+)?inspection)\s*:?\s*", RegexOptions.IgnoreCase)]
    private static partial Regex InspectionDateLabel();

    [GeneratedRegex(@"\b(?:on|between)\s+((?:\d{1,2}(?:st|nd|rd|th)?(?:\s+(?:January|February|March|April|May|June|July|August|September|October|November|December))?(?:\s+\d{4})?\s*(?:,|and|to|-|–|until)\s*)+\d{1,2}(?:st|nd|rd|th)?\s+(?:January|February|March|April|May|June|July|August|September|October|November|December)\s+\d{4}|\d{1,2}\s+(?:January|February|March|April|May|June|July|August|September|October|November|December)\s+\d{4})", RegexOptions.IgnoreCase)]
    private static partial Regex VisitDates();

    [GeneratedRegex(@"(?:inspect(?:ion|ed)|visit(?:ed)?)(?:(?!publish)[^.\n]){0,80}?\b(?:on|between|from)\s+((?:\d{1,2}(?:st|nd|rd|th)?\s*(?:(?:January|February|March|April|May|June|July|August|September|October|November|December)\s*)?(?:\d{4}\s*)?(?:,|and|to|-|–)?\s*)+(?:January|February|March|April|May|June|July|August|September|October|November|December)\s+\d{4})", RegexOptions.IgnoreCase)]
    private static partial Regex CouncilInspectionDates();

    [GeneratedRegex(@"(?:Report\s+)?Published(?:\s+date)?\s*:?\s*([^\n]{0,40})|Publication\s+date\s*:?\s*([^\n]{0,40})", RegexOptions.IgnoreCase)]
    private static partial Regex PublishedLabel();

    [GeneratedRegex(@"^\s*(?:Date(?:\s+of\s+meeting)?|Meeting\s+date)\s*:?\s*([^\n]{0,40})", RegexOptions.IgnoreCase | RegexOptions.Multiline)]
    private static partial Regex CouncilMeetingDate();

    [GeneratedRegex(@"^Inspection of (?!local authority)(?<la>[^\n]{2,80}?) (?:(?:local authority )?children's services|Children and Families Trust|Children's Trust)", RegexOptions.IgnoreCase | RegexOptions.Multiline)]
    private static partial Regex IlacsTitle();

    [GeneratedRegex(@"Inspection of services for children in need of help and protection", RegexOptions.IgnoreCase)]
    private static partial Regex SifTitle();

    [GeneratedRegex(@"Inspection of (?:safeguarding|looked after children|services for looked after)", RegexOptions.IgnoreCase)]
    private static partial Regex PreSifTitle();

    [GeneratedRegex(@"(?:Focused|Monitoring) visit (?:to|of) (?:the )?(?!local authority)(?<la>[^\n]{2,80}?)(?:'s)? (?:local authority )?children's services", RegexOptions.IgnoreCase)]
    private static partial Regex VisitTitle();

    [GeneratedRegex(@"Joint targeted area inspection of (?:the multi-agency response to .{3,120}? in )(?<la>[A-Z][\w\s,&-]{2,60}?)(?:\n|$| \()", RegexOptions.IgnoreCase)]
    private static partial Regex JtaiTitle();

    [GeneratedRegex(@"Children's services in (?<la>[A-Z][\w\s,&'-]{1,60}?) (?:are|is|require)\b")]
    private static partial Regex ServicesIn();

    [GeneratedRegex(@"[Cc]hildren's (?:[Ss]ocial [Cc]are )?[Ss]ervices in (?<la>[A-Z][a-z]+(?:[\s-](?:and\s+|upon\s+|on\s+)?[A-Z][a-z]+){0,3})\b")]
    private static partial Regex ServicesInPlace();

    [GeneratedRegex(@"(?<la>(?:(?:London|Royal)\s+Borough\s+of\s+)?[A-Z][a-z]+(?:[\s-](?:and\s+|upon\s+|on\s+)?[A-Z][a-z]+){0,4}?)\s+(?<type>City\s+|County\s+|Borough\s+|Metropolitan\s+Borough\s+|District\s+)?Council\b")]
    private static partial Regex CouncilName();

    [GeneratedRegex(@"(?<la>(?:London|Royal) Borough of [A-Z][a-z]+(?: (?:and )?[A-Z][a-z]+){0,3})")]
    private static partial Regex BoroughOf();

    [GeneratedRegex(@"(?:The overall judgement is|Children's services in [^\n]{1,60}? (?:are|is))\s+(outstanding|good|inadequate|adequate|requires?\s+improvement(?:\s+to\s+be\s+good)?)|Children's services in [^\n]{1,60}? (require\s+improvement(?:\s+to\s+be\s+good)?)", RegexOptions.IgnoreCase)]
    private static partial Regex ServicesAre();

    [GeneratedRegex(@"The Local Safeguarding Children Board(?:\s*\(LSCB\))?(?:\s+in\s+[A-Z][\w\s]{1,40}?)?\s+(?:is|requires)\s+(outstanding|good|inadequate|improvement(?:\s+to\s+be\s+good)?|requires\s+improvement)", RegexOptions.IgnoreCase)]
    private static partial Regex LscbIs();

    [GeneratedRegex(@"overall effectiveness|impact of leaders on social work(?: practice with children and families)?|leadership,? management and governance|leadership and management|children who need help and protection|(?:progress of )?children in care(?: and care leavers)?|children looked after and achieving permanence|children looked after|adoption performance|(?:experiences and )?progress of care leavers", RegexOptions.IgnoreCase)]
    private static partial Regex JudgementName();

    [GeneratedRegex(@"(?:The\s+)?(?:lead\s+)?(?:(?:Her|His)\s+Majesty's\s+)?Inspectors?(?:\s+for\s+this\s+(?:visit|inspection))?\s+(?:were|was)\s+([^.\n]{4,200}?(?:\.(?=\s|$)|\n|$))", RegexOptions.IgnoreCase)]
    private static partial Regex InspectorsWere();

    [GeneratedRegex(@"(?:Lead|Reporting)\s+inspector\s*:?\s*([A-Z][^,\n()]{2,60})", RegexOptions.IgnoreCase)]
    private static partial Regex LeadInspectorLabel();

    // The phrase opens a sentence or a clause ("During this visit, inspectors looked at ..."): "... the children whose cases
    // inspectors reviewed would have benefited ..." is no focus.
    [GeneratedRegex(@"(?<=^|[.!?:,;]\s+|\n\s*)(?:(?:The )?Inspectors|This visit|The visit|The focus of (?:the|this) visit|This focused visit)\s+(?:looked at|considered|evaluated|reviewed|focused on|was on|examined|focused upon)\s+([^.\n]{5,300})", RegexOptions.IgnoreCase)]
    private static partial Regex FocusSentence();

    [GeneratedRegex(@"^re-?inspection", RegexOptions.IgnoreCase)]
    private static partial Regex ReinspectionTitle();

    [GeneratedRegex(@"^This letter summarises the (?:findings|outcome) of (?:a|the) focused visit", RegexOptions.IgnoreCase | RegexOptions.Multiline)]
    private static partial Regex FocusedVisitOpening();

    [GeneratedRegex(@"(?:Report\s+)?Published|Publication|Lead\s+inspector|Reporting\s+inspector", RegexOptions.IgnoreCase)]
    private static partial Regex OtherFactLabel();

    [GeneratedRegex(@"(\d)(st|nd|rd|th)\b")]
    private static partial Regex OrdinalSuffix();

    [GeneratedRegex(@"inspection of local authority children's services \(ILACS\)", RegexOptions.IgnoreCase)]
    private static partial Regex IlacsFrameworkName();

    [GeneratedRegex(@",\s*and\s+|\s+and\s+|,\s*|;\s*")]
    private static partial Regex NameSeparator();

    [GeneratedRegex(@"\b(?:Senior\s+)?(?:Her|His)\s+Majesty'?s?['’]?s?\s+(?:Chief\s+)?Inspectors?\b.*$", RegexOptions.IgnoreCase)]
    private static partial Regex HmiTitle();

    [GeneratedRegex(@"[,\s]+(?:Senior\s+)?(?:HMI|SHMI|HM Inspector|Ofsted Inspector|Social Care Regulatory Inspector|Regulatory Inspector|Inspector|OI)\b.*$", RegexOptions.IgnoreCase)]
    private static partial Regex InspectorRole();

    [GeneratedRegex(@"^(?:the\s+)?(?:lead\s+)?(?:inspectors?\s+)?(?:were|was|is)?\s*", RegexOptions.IgnoreCase)]
    private static partial Regex InspectorPreamble();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();

    [GeneratedRegex(@"^(?:the\s+)?(?:(?:London|Royal|Metropolitan)\s+Borough\s+of\s+|Borough\s+of\s+|County\s+of\s+|Council\s+of\s+the\s+)", RegexOptions.IgnoreCase)]
    private static partial Regex BoroughOfPrefix();

    [GeneratedRegex(@"^(?:the\s+)?City\s+of\s+(?!London\b)", RegexOptions.IgnoreCase)]
    private static partial Regex CityOfPrefix();

    [GeneratedRegex(@"\s+(?:City|County|Borough|Metropolitan\s+Borough|Metropolitan\s+District|District)?\s*Council$", RegexOptions.IgnoreCase)]
    private static partial Regex CouncilSuffix();

    [GeneratedRegex(@"\s+(?:local\s+authority|council)$", RegexOptions.IgnoreCase)]
    private static partial Regex AuthoritySuffix();

    [GeneratedRegex(@"^the\s+", RegexOptions.IgnoreCase)]
    private static partial Regex TheArticle();

    [GeneratedRegex(@",?\s+City\s+of$|\s+Unitary\s+Authority$|\s+Children(?:'s|’s)?\s+(?:and\s+Families\s+)?Trust$|\s+Metropolitan(?:\s+Borough|\s+District)?$", RegexOptions.IgnoreCase)]
    private static partial Regex CityOfSuffix();

    [GeneratedRegex(@"(?<=\w)\s+(?:City|Borough|County)$", RegexOptions.IgnoreCase)]
    private static partial Regex PlaceTypeSuffix();

    /// <summary>How often <paramref name="word"/> occurs in <paramref name="text"/> as a whole word (as the regex <c>\bword\b</c>).</summary>
    private static int CountWord(string text, string word)
    {
        var count = 0;
        for (var at = text.IndexOf(word, StringComparison.Ordinal); at >= 0; at = text.IndexOf(word, at + 1, StringComparison.Ordinal))
        {
            var end = at + word.Length;
            if ((at == 0 || !IsWordChar(text[at - 1]) || !IsWordChar(word[0])) && (end == text.Length || !IsWordChar(text[end]) || !IsWordChar(word[^1])))
            {
                count++;
            }
        }

        return count;
    }

    private static bool IsWordChar(char c) => char.IsLetterOrDigit(c) || c == '_';
}
