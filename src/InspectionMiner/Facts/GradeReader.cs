using System.Text.RegularExpressions;
using InspectionMiner.Labels;
using InspectionMiner.Layout;
using InspectionMiner.Structure;

namespace InspectionMiner.Facts;

/// <summary>Reads every judgement's grade: the grade table, judgement headings, the first pages' text and SIF's summary sentences.</summary>
internal static partial class GradeReader
{
    public static JudgementGrades GradesOf(IReadOnlyList<LayoutBlock> blocks, Framework? framework)
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
        var head = FactText.PrefixText(blocks, 6000);
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

        var lscb = framework is Framework.Ilacs or Framework.Ilacs2026 ? Match.Empty : FactText.FirstMatchAround(blocks, "Local Safeguarding Children Board", LscbIs(), after: 2);
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

    [GeneratedRegex(@"(?:The overall judgement is|Children's services in [^\n]{1,60}? (?:are|is))\s+(outstanding|good|inadequate|adequate|requires?\s+improvement(?:\s+to\s+be\s+good)?)|Children's services in [^\n]{1,60}? (require\s+improvement(?:\s+to\s+be\s+good)?)", RegexOptions.IgnoreCase)]
    private static partial Regex ServicesAre();

    [GeneratedRegex(@"The Local Safeguarding Children Board(?:\s*\(LSCB\))?(?:\s+in\s+[A-Z][\w\s]{1,40}?)?\s+(?:is|requires)\s+(outstanding|good|inadequate|improvement(?:\s+to\s+be\s+good)?|requires\s+improvement)", RegexOptions.IgnoreCase)]
    private static partial Regex LscbIs();

    [GeneratedRegex(@"overall effectiveness|impact of leaders on social work(?: practice with children and families)?|leadership,? management and governance|leadership and management|children who need help and protection|(?:progress of )?children in care(?: and care leavers)?|children looked after and achieving permanence|children looked after|adoption performance|(?:experiences and )?progress of care leavers", RegexOptions.IgnoreCase)]
    private static partial Regex JudgementName();
}
