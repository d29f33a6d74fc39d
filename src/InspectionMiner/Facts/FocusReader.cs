using System.Text.RegularExpressions;
using InspectionMiner.Labels;
using InspectionMiner.Layout;
using InspectionMiner.Structure;

namespace InspectionMiner.Facts;

/// <summary>Reads a focused or monitoring visit's stated focus.</summary>
internal static partial class FocusReader
{
    /// <summary>
    /// A visit's stated focus, with the list that follows "with a particular focus on:" ("the local authority's
    /// arrangements for children in care, with a particular focus on: decision-making for children in long-term care;
    /// the experiences of disabled children in care"), or null.
    /// </summary>
    public static string? Focus(IReadOnlyList<LayoutBlock> blocks, string head)
    {
        var m = FocusSentence().Match(head);
        if (!m.Success)
        {
            return null;
        }

        var focus = FactText.Whitespace().Replace(m.Groups[1].Value, " ").Trim().TrimEnd('.');
        if (focus.EndsWith(':'))
        {
            // The list is the list items that follow the block the sentence ends in.
            var block = 0;
            for (var end = blocks[0].Text.Length; end < m.Index + m.Length - 1 && block + 1 < blocks.Count; end += blocks[block].Text.Length + 1)
            {
                block++;
            }

            var items = blocks.Skip(block + 1).Take(12).TakeWhile(b => b.Kind == LayoutBlockKind.ListItem)
                .Select(b => FactText.Whitespace().Replace(b.Text.Replace('’', '\''), " ").Trim().TrimEnd('.', ';'))
                .Select(t => t.Length > 1 && char.IsUpper(t[0]) && !char.IsUpper(t[1]) ? char.ToLowerInvariant(t[0]) + t[1..] : t)
                .ToList();
            if (items.Count > 0)
            {
                focus += " " + string.Join("; ", items);
            }
        }

        return focus.Length > 0 ? focus : null;
    }

    /// <summary>
    /// The judgement areas a focus names: the judgements its statement names (or, when it names none, the areas of
    /// the services it names, as LABELS.md lists them), without those it excludes ("children over 14 but not care
    /// leavers") and reading "children looked after who are eligible for care leaving services" as care leavers.
    /// </summary>
    public static IReadOnlyList<JudgementArea> AreasOf(string focus)
    {
        var statement = focus.Split(':')[0];
        statement = Excluded().Replace(EligibleForLeavingCare().Replace(statement.Replace('’', '\''), "care leavers"), " ");
        return SectionRules.AreasNamedIn(statement);
    }

    // The phrase opens a sentence or a clause ("During this visit, inspectors looked at ..."): "... the children whose cases
    // inspectors reviewed would have benefited ..." is no focus.
    [GeneratedRegex(@"(?<=^|[.!?:,;]\s+|\n\s*)(?:(?:The )?Inspectors|This visit|The visit|The focus of (?:the|this) visit|This focused visit)\s+(?:looked at|considered|evaluated|reviewed|focused on|was on|examined|focused upon)\s+([^.\n]{5,300})", RegexOptions.IgnoreCase)]
    private static partial Regex FocusSentence();

    [GeneratedRegex(@"(?:,?\s+but\s+not|\s+not\s+including|\s+excluding|\s+except(?:\s+for)?|\s+other\s+than)\s+[^,;:.]*", RegexOptions.IgnoreCase)]
    private static partial Regex Excluded();

    [GeneratedRegex(@"(?:children|young people)\s+(?:looked\s+after|in\s+care)\s+who\s+are\s+eligible\s+for\s+(?:care\s+leaving|leaving\s+care)\s+services", RegexOptions.IgnoreCase)]
    private static partial Regex EligibleForLeavingCare();
}
