using System.Text.RegularExpressions;
using InspectionMiner.Labels;
using InspectionMiner.Layout;

namespace InspectionMiner.Facts;

/// <summary>Reads the inspectors named in a document and its lead inspector.</summary>
internal static partial class InspectorReader
{
    /// <summary>The words every "Lead inspector:" or "Reporting inspector:" label holds.</summary>
    private static readonly string[] LeadOrReporting = ["lead", "reporting"];

    /// <summary>
    /// Every inspector a document names, in order, whatever the phrasing: "Her Majesty's Inspectors for this visit were
    /// A and B", "The visit was carried out by Her Majesty's Inspectors A, B and C", "... conducted by A and B, two of Her
    /// Majesty's Inspectors", "lead inspector A and team inspectors B and C"; <paramref name="lead"/> is the one a
    /// phrase marks as lead ("A, lead inspector"), else null.
    /// </summary>
    public static IReadOnlyList<string> Inspectors(string head, out string? lead)
    {
        lead = null;
        var names = new List<string>();
        foreach (var regex in new[] { InspectorsWere(), CarriedOutBy() })
        {
            var m = regex.Match(head);
            if (!m.Success)
            {
                continue;
            }

            var list = m.Groups[1].Value;
            var marked = MarkedLead().Match(list);
            if (marked.Success)
            {
                lead ??= CleanName(marked.Groups["name"].Value);
            }

            foreach (var part in NameSeparator().Split(RolePhrase().Replace(list, ",")))
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

    /// <summary>
    /// The lead inspector: labelled ("Lead inspector: A"), marked in the list of inspectors (<paramref name="marked"/>),
    /// or, in a letter, its signatory.
    /// </summary>
    public static string? LeadInspector(DocumentKind kind, IReadOnlyList<LayoutBlock> blocks, string? marked)
    {
        // "Lead inspector: Name" may be split over the blocks either side of the one holding "inspector"; the first
        // block that yields a match gives the same match as searching the whole text.
        var m = FactText.FirstMatchAround(blocks, "inspector", LeadInspectorLabel(), LeadOrReporting, out _, before: 1, after: 1);

        if (m.Success)
        {
            var name = CleanName(m.Groups[1].Value);
            if (name is not null)
            {
                return name;
            }
        }

        if (marked is not null)
        {
            return marked;
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

    [GeneratedRegex(@"(?:The\s+)?(?:lead\s+)?(?:(?:Her|His)\s+Majesty's\s+)?Inspectors?(?:\s*\(HMIs?\))?(?:\s+for\s+(?:this|the)\s+(?:focused\s+)?(?:visit|inspection))?\s+(?:were|was)\s+([^.\n]{4,200}?(?:\.(?=\s|$)|\n|$))", RegexOptions.IgnoreCase)]
    private static partial Regex InspectorsWere();

    // The name is capitalised whatever the label's case: "... meetings with the lead inspector attended by ..." names no one.
    [GeneratedRegex(@"(?:Lead|Reporting)\s+inspector\s*:?\s*((?-i:[A-Z])[^,\n()]{2,60})", RegexOptions.IgnoreCase)]
    private static partial Regex LeadInspectorLabel();

    [GeneratedRegex(@"(?:(?:The|This) (?:focused )?(?:visit|inspection) was (?:carried out|conducted|undertaken|led) by|children's services on [^.\n]{5,80}? carried out by|(?:The )?inspection team (?:was|were|comprised)|Inspectors were)\s+([^.\n]{4,300}?(?:\.(?=\s|$)|\n|$))", RegexOptions.IgnoreCase)]
    private static partial Regex CarriedOutBy();

    [GeneratedRegex(@"(?:\blead\s+inspector,?\s+(?<name>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){1,3})|(?<name>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){1,3}),?\s+(?:\(?lead\s+inspector\)?|HMI\s+\(lead\)))")]
    private static partial Regex MarkedLead();

    [GeneratedRegex(@"\b(?:all\s+of\s+whom\s+are\s+|both\s+|(?:two|three|four|five|six)\s+of\s+)?(?:(?:Senior\s+)?(?:Her|His)\s+Majesty['’]?s\s+(?:Chief\s+)?Inspectors?|\(?S?HMIs?\)?|(?:the\s+)?team\s+inspectors?|(?:the\s+)?lead\s+inspector|Ofsted\s+Inspectors?|Social\s+Care\s+Regulatory\s+Inspectors?|who\s+observed\s+the\s+visit|designate|with|social\s+care)\b|\([^)]*\)", RegexOptions.IgnoreCase)]
    private static partial Regex RolePhrase();

    [GeneratedRegex(@",\s*and\s+|\s+and\s+|,\s*|;\s*")]
    private static partial Regex NameSeparator();

    [GeneratedRegex(@"\b(?:Senior\s+)?(?:Her|His)\s+Majesty'?s?['’]?s?\s+(?:Chief\s+)?Inspectors?\b.*$", RegexOptions.IgnoreCase)]
    private static partial Regex HmiTitle();

    [GeneratedRegex(@"[,\s]+(?:Senior\s+)?(?:HMI|SHMI|HM Inspector|Ofsted Inspector|Social Care Regulatory Inspector|Regulatory Inspector|Inspector|OI)\b.*$", RegexOptions.IgnoreCase)]
    private static partial Regex InspectorRole();

    [GeneratedRegex(@"^(?:the\s+)?(?:lead\s+)?(?:inspectors?\s+)?(?:were|was|is)?\s*", RegexOptions.IgnoreCase)]
    private static partial Regex InspectorPreamble();
}
