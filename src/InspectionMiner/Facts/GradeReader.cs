using System.Text.RegularExpressions;
using InspectionMiner.Labels;
using InspectionMiner.Layout;
using InspectionMiner.Structure;

namespace InspectionMiner.Facts;

/// <summary>Reads every judgement's grade: the grade table, judgement headings, the first pages' text and SIF's summary sentences.</summary>
internal static partial class GradeReader
{
    private static readonly DateOnly CareLeaversJudgedApart = new(2023, 1, 1);

    /// <summary>
    /// The grades of a graded inspection's report, each with its page and text, and the judgements its framework and
    /// kind make. A grade read for a judgement the framework does not make (an overall effectiveness grade after the
    /// April 2026 reform) is dropped; <see cref="FactChecks"/> warns of it. <paramref name="text"/> is the first pages'
    /// text (<see cref="FactText.PrefixText"/>, 6,000 characters).
    /// </summary>
    public static (JudgementGrades Grades, IReadOnlyList<GradeReading> Dropped) GradesOf(IReadOnlyList<LayoutBlock> blocks, string head, string text, Framework? framework, DocumentKind kind, DateOnly? start)
    {
        var found = new Dictionary<Judgement, GradeReading>();
        var readInText = new HashSet<Judgement>();
        var combinedCareLeavers = false;

        void Take(string label, Grade grade, int page, string text, bool fromText = false)
        {
            // Only the grade table and judgement headings say whether care leavers share a judgement with children in care.
            var judgement = JudgementOf(label, out var combined);
            combinedCareLeavers |= combined && grade != Grade.NotJudged && !fromText;
            if (judgement is { } j && grade != Grade.NotJudged && !found.ContainsKey(j))
            {
                if (fromText)
                {
                    readInText.Add(j);
                }

                found[j] = new GradeReading(j, grade, page, FactText.Whitespace().Replace(text, " ").Trim());
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
                        Take(row[0], grade.Value.Grade, block.Page, string.Join(" | ", row));
                    }
                }
            }
        }

        // 2. Judgement headings: "The experiences and progress of children in care: good".
        foreach (var block in blocks)
        {
            if (block.Kind == LayoutBlockKind.Heading && GradeParser.FromEnding(block.Text) is { } g)
            {
                Take(block.Text, g, block.Page, block.Text);
            }
        }

        // 3. SIF's summary line ("Children's services in Barnet are inadequate"): the report's own overall judgement,
        // before any grade its text gives near the judgement's name.
        if (!found.ContainsKey(Judgement.OverallEffectiveness) && SummaryLine.Find(text) is { } summary)
        {
            found[Judgement.OverallEffectiveness] = new GradeReading(Judgement.OverallEffectiveness, summary.Grade, FactText.PageAt(blocks, summary.Index), summary.Text);
        }

        // 4. The first pages as text: a judgement's name followed closely by a grade, unless the sentence is about an
        // earlier inspection ("The judgements for the local authority were: overall effectiveness: inadequate").
        foreach (Match m in JudgementName().Matches(text))
        {
            if (EarlierInspection.IsSpokenOf(blocks, m.Index))
            {
                continue;
            }

            // A grade read from the text belongs to the judgement named in its own row or sentence: the text after the
            // name stops at the next judgement's name and at the sentence's end ("The welfare of children looked after
            // is safeguarded and promoted. However, the authority is not yet delivering good ..." grades nothing).
            var after = text.Substring(m.Index + m.Length, Math.Min(90, text.Length - m.Index - m.Length));
            var next = JudgementName().Match(after);
            if (next.Success)
            {
                after = after[..next.Index];
            }

            var sentenceEnd = SentenceEnd().Match(after);
            if (sentenceEnd.Success)
            {
                after = after[..sentenceEnd.Index];
            }

            var page = FactText.PageAt(blocks, m.Index);
            var before = text[Math.Max(0, m.Index - 40)..m.Index];
            var lastBreak = before.LastIndexOf('\n', Math.Max(0, before.Length - 2));
            var lineBefore = lastBreak >= 0 ? before[lastBreak..] : before;
            var wrapped = RequiresBefore().IsMatch(before) ? ImprovementAfter().Match(after) : Match.Empty;
            var notJudged = NotJudgedAfter().Match(after);
            if (notJudged.Success && (GradeParser.FindFirst(after) is not { } first || first.Index > notJudged.Index))
            {
                // "Children looked after and achieving  Not Judged / permanence": no grade, and none from the row above.
                continue;
            }

            var toBeGood = ToBeGoodAfter().Match(after);
            if (!toBeGood.Success && RequiresToBeBefore().IsMatch(before))
            {
                toBeGood = GoodAfter().Match(after);
            }

            if (toBeGood.Success)
            {
                // A "Requires improvement to be good" cell wrapped around the judgement's name at any word: "Requires
                // improvement / <judgement> / to be good" (Reading, South Gloucestershire 2019), "Requires improvement
                // to / <judgement> / be good" (North East Lincolnshire, North Somerset 2017). Its "good" is no grade of its own.
                Take(m.Value, Grade.RequiresImprovement, page, lineBefore + " " + m.Value + " " + after[..(toBeGood.Index + toBeGood.Length)], fromText: true);
            }
            else if (wrapped.Success)
            {
                // A "Requires / improvement to be good" cell wrapped around the judgement's name, itself over two lines
                // ("Requires / 2. Children looked after and achieving / improvement to be / permanence / good").
                Take(m.Value, Grade.RequiresImprovement, page, "Requires " + m.Value + after[..(wrapped.Index + wrapped.Length)], fromText: true);
            }
            else if (GradeParser.FindFirst(after) is { } g)
            {
                Take(m.Value, g.Grade, page, m.Value + " " + after[..(g.Index + 1)] + GradeWordsFrom(after, g.Index), fromText: true);
            }
            else if (GradeAlone().IsMatch(PreviousLine(text, m.Index)) && GradeParser.FindFirst(lineBefore) is { } b)
            {
                // A grade cell centred on a wrapped row is printed just above the judgement's name.
                Take(m.Value, b.Grade, page, lineBefore + " " + m.Value, fromText: true);
            }
        }

        var lscbFrom = 0;
        var lscb = framework is Framework.Ilacs or Framework.Ilacs2026 ? Match.Empty : FactText.FirstMatchAround(blocks, "Safeguarding Children", LscbIs(), out lscbFrom, after: 2);
        if (lscb.Success && !found.ContainsKey(Judgement.Lscb))
        {
            found[Judgement.Lscb] = new GradeReading(Judgement.Lscb, GradeParser.FromWords(lscb.Groups[1].Value), FactText.PageAt(blocks.Skip(lscbFrom).ToList(), lscb.Index), FactText.Whitespace().Replace(lscb.Value, " "));
        }

        // 2009–2013: "Leadership and management" then "Grade 4 (inadequate)" on the next line, anywhere in the report.
        if (framework == Framework.PreSif)
        {
            var all = FactText.HeadText(blocks, blocks.Count);
            foreach (Match m in GradeLine().Matches(all))
            {
                Take(m.Groups["name"].Value, GradeParser.FromWords(m.Groups["grade"].Value), FactText.PageAt(blocks, m.Index), m.Value);
            }
        }

        if (combinedCareLeavers)
        {
            found.Remove(Judgement.CareLeavers);
        }

        var judgements = JudgementsOf(head, framework, kind, start, combinedCareLeavers);
        // A grade the framework does not give is dropped; one from a grade table or heading is reported (the text may
        // quote an earlier inspection's: "overall effectiveness was judged to be inadequate").
        var kept = found.Values.Where(r => judgements.Contains(r.Judgement) || !MadeOnlyBefore(r.Judgement, framework)).OrderBy(r => r.Judgement);
        var dropped = found.Values.Where(r => !kept.Contains(r) && !readInText.Contains(r.Judgement)).ToList();
        return (new JudgementGrades(kept, judgements), dropped);
    }

    /// <summary>True when <paramref name="framework"/> never makes <paramref name="judgement"/>, so a grade read for it is dropped.</summary>
    private static bool MadeOnlyBefore(Judgement judgement, Framework? framework) => framework switch
    {
        Framework.Ilacs2026 => judgement is Judgement.OverallEffectiveness or Judgement.Adoption or Judgement.Lscb,
        Framework.Ilacs => judgement is Judgement.Adoption or Judgement.Lscb,
        _ => false,
    };

    /// <summary>
    /// The judgements an inspection makes: SIF all but the LSCB review's unless the title names it; ILACS four, with care
    /// leavers apart from 2023; after April 2026 no overall effectiveness; 2009–2013 overall effectiveness and leadership.
    /// </summary>
    private static Judgement[] JudgementsOf(string head, Framework? framework, DocumentKind kind, DateOnly? start, bool combinedCareLeavers)
    {
        if (kind is not (DocumentKind.StandardInspection or DocumentKind.ShortInspection or DocumentKind.Reinspection))
        {
            return [];
        }

        var reviewsLscb = LscbReviewTitle().IsMatch(head);
        if (reviewsLscb && !SifInspectionTitle().IsMatch(head))
        {
            return [Judgement.Lscb];
        }

        Judgement[] made = framework switch
        {
            Framework.PreSif => [Judgement.OverallEffectiveness, Judgement.ImpactOfLeaders],
            Framework.Sif => reviewsLscb
                ? [Judgement.OverallEffectiveness, Judgement.ImpactOfLeaders, Judgement.HelpAndProtection, Judgement.ChildrenInCare, Judgement.CareLeavers, Judgement.Adoption, Judgement.Lscb]
                : [Judgement.OverallEffectiveness, Judgement.ImpactOfLeaders, Judgement.HelpAndProtection, Judgement.ChildrenInCare, Judgement.CareLeavers, Judgement.Adoption],
            Framework.Ilacs => !combinedCareLeavers && start >= CareLeaversJudgedApart
                ? [Judgement.OverallEffectiveness, Judgement.ImpactOfLeaders, Judgement.HelpAndProtection, Judgement.ChildrenInCare, Judgement.CareLeavers]
                : [Judgement.OverallEffectiveness, Judgement.ImpactOfLeaders, Judgement.HelpAndProtection, Judgement.ChildrenInCare],
            Framework.Ilacs2026 => [Judgement.ImpactOfLeaders, Judgement.HelpAndProtection, Judgement.ChildrenInCare, Judgement.CareLeavers],
            _ => [],
        };

        // A SIF sub-judgement the report says was not made: "Adoption performance  Not judged".
        var notJudged = NotJudged().Matches(head).Select(m => JudgementOf(m.Groups["name"].Value, out _)).ToHashSet();
        return made.Where(j => !notJudged.Contains(j)).ToArray();
    }

    /// <summary>The whole line before the line holding <paramref name="index"/> of <paramref name="text"/>.</summary>
    private static string PreviousLine(string text, int index)
    {
        var lineStart = index == 0 ? -1 : text.LastIndexOf('\n', index - 1);
        if (lineStart <= 0)
        {
            return string.Empty;
        }

        var previousStart = text.LastIndexOf('\n', lineStart - 1);
        return text[(previousStart + 1)..lineStart];
    }

    /// <summary>The grade words at <paramref name="index"/> of <paramref name="text"/> after their first letter ("equires improvement to be good").</summary>
    private static string GradeWordsFrom(string text, int index)
    {
        var m = GradeWordsAt().Match(text, index);
        return m.Success && m.Index == index ? m.Value[1..] : string.Empty;
    }

    private static Judgement? JudgementOf(string label, out bool combinedCareLeavers)
    {
        combinedCareLeavers = false;
        var l = label.ToLowerInvariant();
        if (l.Contains("overall effectiveness"))
        {
            return Judgement.OverallEffectiveness;
        }

        if (l.Contains("adoption performance"))
        {
            return Judgement.Adoption;
        }

        if (l.Contains("local safeguarding children board") || l.Contains("lscb"))
        {
            return Judgement.Lscb;
        }

        if (l.Contains("impact of leaders") || l.Contains("leadership, management") || l.Contains("leadership and management"))
        {
            return Judgement.ImpactOfLeaders;
        }

        if (l.Contains("help and protection"))
        {
            return Judgement.HelpAndProtection;
        }

        if (l.Contains("children in care") || l.Contains("looked after"))
        {
            combinedCareLeavers = l.Contains("care leavers");
            return Judgement.ChildrenInCare;
        }

        if (l.Contains("care leavers"))
        {
            return Judgement.CareLeavers;
        }

        return null;
    }

    [GeneratedRegex(@"\G(?:outstanding|good|requires?\s+improvement(?:\s+to\s+be\s+good)?|inadequate|adequate)", RegexOptions.IgnoreCase)]
    private static partial Regex GradeWordsAt();

    [GeneratedRegex(@"(?<name>adoption performance|experiences and progress of care leavers|children looked after and achieving)\s+(?:permanence\s+)?not\s+judged", RegexOptions.IgnoreCase)]
    private static partial Regex NotJudged();

    [GeneratedRegex(@"\bnot\s+judged\b", RegexOptions.IgnoreCase)]
    private static partial Regex NotJudgedAfter();

    [GeneratedRegex(@"(?<!\d)\.(?:\s|$)")]
    private static partial Regex SentenceEnd();

    [GeneratedRegex(@"^\s*(?:outstanding|good|requires?\s+improvement(?:\s+to\s+be\s+good)?|inadequate|adequate)\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex GradeAlone();

    [GeneratedRegex(@"^(?:\s+and\s+achieving)?\s+improvement(?:\s+to\s+be)?", RegexOptions.IgnoreCase)]
    private static partial Regex ImprovementAfter();

    [GeneratedRegex(@"Requires\s*(?:\d+(?:\.\d+)?\.?\s*)?$", RegexOptions.IgnoreCase)]
    private static partial Regex RequiresBefore();

    [GeneratedRegex(@"Requires\s+improvement\s+to\s+be\s*(?:\d+(?:\.\d+)?\.?\s*)?$", RegexOptions.IgnoreCase)]
    private static partial Regex RequiresToBeBefore();

    [GeneratedRegex(@"^\s*(?:to\s+)?be\s+good\b", RegexOptions.IgnoreCase)]
    private static partial Regex ToBeGoodAfter();

    [GeneratedRegex(@"^\s*good\b", RegexOptions.IgnoreCase)]
    private static partial Regex GoodAfter();

    [GeneratedRegex(@"Review of the effectiveness of the Local Safeguarding Children Board", RegexOptions.IgnoreCase)]
    private static partial Regex LscbReviewTitle();

    [GeneratedRegex(@"Inspection of services for children in need of help and protection", RegexOptions.IgnoreCase)]
    private static partial Regex SifInspectionTitle();

    [GeneratedRegex(@"(?<name>overall effectiveness|leadership and management)[^\n]{0,80}\n\s*Grade\s+[1-4]\s*\((?<grade>outstanding|good|adequate|inadequate)\)", RegexOptions.IgnoreCase)]
    private static partial Regex GradeLine();

    [GeneratedRegex(@"The Local Safeguarding Children(?: Board)?(?:\s*\(LSCB\))?(?:\s+in\s+[A-Z][\w\s]{1,40}?)?\s+(?:is|requires)\s+(outstanding|good|inadequate|improvement(?:\s+to\s+be\s+good)?|requires\s+improvement)", RegexOptions.IgnoreCase)]
    private static partial Regex LscbIs();

    [GeneratedRegex(@"overall effectiveness|impact of leaders on social work(?: practice with children and families)?|leadership,? management and governance|leadership and management|children who need help and protection|(?:progress of )?children in care(?: and care leavers)?|children looked after and achieving permanence|children looked after|adoption performance|(?:experiences and )?progress of care leavers", RegexOptions.IgnoreCase)]
    private static partial Regex JudgementName();
}
