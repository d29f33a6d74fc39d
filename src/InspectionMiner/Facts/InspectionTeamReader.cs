using System.Text;
using System.Text.RegularExpressions;
using InspectionMiner.Layout;

namespace InspectionMiner.Facts;

/// <summary>
/// Reads the team a report lists line by line under "The inspection team" (SIF, 2013–2018): "Lead inspector: A",
/// "Deputy lead inspector: B", "Team inspectors: C, D HMI and E (OI)", "Shadow inspectors: F", "Supernumerary
/// inspector: G", "Associate inspectors: H and I". Those who are no inspectors of the team (senior data analyst,
/// quality assurance manager, report author) are left out.
/// </summary>
internal static partial class InspectionTeamReader
{
    /// <summary>
    /// Every inspector the team lines name, in order, and <paramref name="lead"/>, the first one the "Lead inspector"
    /// line names (null when there is no such line); empty when the document lists no team line by line.
    /// </summary>
    public static IReadOnlyList<string> Team(IReadOnlyList<LayoutBlock> blocks, out string? lead)
    {
        lead = null;
        List<string>? names = null;
        for (var i = 0; i < blocks.Count; i++)
        {
            var text = blocks[i].Text;
            if (!text.Contains("nspector", StringComparison.Ordinal))
            {
                continue;
            }

            for (var label = RoleLabel().Match(text); label.Success; label = label.NextMatch())
            {
                var isLead = label.Groups["lead"].Success;
                foreach (var name in NamesIn(ValueOf(blocks, ref i, label.Index + label.Length)))
                {
                    names ??= [];
                    if (isLead)
                    {
                        lead ??= name;
                    }

                    if (!names.Contains(name, StringComparer.OrdinalIgnoreCase))
                    {
                        names.Add(name);
                    }
                }
            }
        }

        return names ?? (IReadOnlyList<string>)[];
    }

    /// <summary>
    /// The names after a role's label: up to the next label ("Senior data analyst:") or the complaints paragraph a
    /// block may run on into, and on into the next block when the list breaks after a comma or "and" (then
    /// <paramref name="index"/> moves on to that block).
    /// </summary>
    private static string ValueOf(IReadOnlyList<LayoutBlock> blocks, ref int index, int from)
    {
        var value = new StringBuilder();
        var text = blocks[index].Text[from..];
        while (true)
        {
            var stop = NextLabel().Match(text);
            var part = stop.Success ? text[..stop.Index] : text;
            value.Append(part).Append('\n');
            if (stop.Success || index + 1 >= blocks.Count || !ListContinues().IsMatch(part))
            {
                return value.ToString();
            }

            var next = blocks[index + 1].Text;
            if (NextLabel().Match("\n" + next) is { Success: true, Index: 0 })
            {
                return value.ToString();
            }

            index++;
            text = next;
        }
    }

    private static IEnumerable<string> NamesIn(string value)
    {
        var list = Role().Replace(Abbreviation().Replace(value, ","), ",");
        foreach (var part in Separator().Split(list))
        {
            var name = FactText.Whitespace().Replace(HyphenSpace().Replace(part, "-"), " ").Trim(' ', ',', '.', ';', ':', ')', '(');
            var words = name.Split(' ');
            if (words.Length == 4 && words.All(w => w.Length > 1 && IsNameWord(w)))
            {
                // Two names whose comma was lost ("Judith Nelson Robert Pyner").
                yield return words[0] + " " + words[1];
                yield return words[2] + " " + words[3];
            }
            else if (words.Length is >= 2 and <= 3 && words.All(IsNameWord) && !name.Any(char.IsDigit))
            {
                yield return name;
            }
        }
    }

    /// <summary>A capitalised word of a name, or one after a particle ("d’Inverno").</summary>
    private static bool IsNameWord(string word) =>
        word.Length > 0 && (char.IsUpper(word[0]) || (word.Length > 2 && word[1] is '\'' or '’' && char.IsUpper(word[2])));

    // A role of the team at the start of a block: "Lead inspector:", "Lead inspectors:", "Lead inspector on site:",
    // "Deputy lead inspector" (its colon is sometimes missing), "Team inspectors (all HMI unless otherwise stated):".
    [GeneratedRegex(@"^[ \t]*(?:(?<lead>Lead\s+inspectors?(?:\s+on\s+site)?)|Deputy\s+lead\s+inspector|(?:Team|Associate|Shadow|Supernumerary|Additional|Regulatory|Seconded|Contracted)\s+inspectors?)(?:\s*\([^)\n]*\))?[ \t]*:?[ \t]+", RegexOptions.Multiline)]
    private static partial Regex RoleLabel();

    // The next label on a line of its own ("Senior data analyst:", "Quality assurance manager:"), or the complaints
    // paragraph that follows the team.
    [GeneratedRegex(@"\n\s*[A-Z][A-Za-z]+(?:\s+[a-z]+){0,4}\s*:|\bAny\s+complaints\b")]
    private static partial Regex NextLabel();

    [GeneratedRegex(@"(?:,|\band)\s*$")]
    private static partial Regex ListContinues();

    // Titles and grades that follow or precede a name: "HMI", "Senior HMI", "Her Majesty's Inspector", "(Contracted
    // Inspector)", "Regulatory Inspection Manager", "HMI designate".
    [GeneratedRegex(@"\((?:[^)\n]*)\)|\)|\b(?:Acting\s+)?(?:Senior\s+)?(?:(?:Her|His)\s+Majesty['’]?s\s+Inspectors?|(?:Contracted|Seconded|Associate|Additional|Ofsted|Social\s+Care\s+Regulatory)\s+Inspectors?|Regulatory\s+Inspection\s+Manager|designate|Not\s+applicable)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Role();

    [GeneratedRegex(@"\b(?:Acting\s+)?(?:Senior\s+)?(?:S?HMIs?|OI|AI|SCRI)\b")]
    private static partial Regex Abbreviation();

    // A line break is no separator: a table cell wraps a name over two lines ("Jan / Edwards").
    [GeneratedRegex(@",|;|\band\b|\.\s")]
    private static partial Regex Separator();

    // "Dominic Porter- Moore": a hyphenated name broken at the end of a line.
    [GeneratedRegex(@"(?<=\p{L})-\s+(?=\p{Lu})")]
    private static partial Regex HyphenSpace();
}
