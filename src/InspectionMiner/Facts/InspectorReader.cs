using System.Text.RegularExpressions;
using InspectionMiner.Labels;
using InspectionMiner.Layout;

namespace InspectionMiner.Facts;

/// <summary>Reads the inspectors named in a document and its lead inspector.</summary>
internal static partial class InspectorReader
{
    public static IReadOnlyList<string> Inspectors(string head)
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

    public static string? LeadInspector(DocumentKind kind, IReadOnlyList<LayoutBlock> blocks)
    {
        // "Lead inspector: Name" may be split over the blocks either side of the one holding "inspector"; the first
        // block that yields a match gives the same match as searching the whole text.
        var m = FactText.FirstMatchAround(blocks, "inspector", LeadInspectorLabel(), before: 1, after: 1);

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

    [GeneratedRegex(@"(?:The\s+)?(?:lead\s+)?(?:(?:Her|His)\s+Majesty's\s+)?Inspectors?(?:\s+for\s+this\s+(?:visit|inspection))?\s+(?:were|was)\s+([^.\n]{4,200}?(?:\.(?=\s|$)|\n|$))", RegexOptions.IgnoreCase)]
    private static partial Regex InspectorsWere();

    [GeneratedRegex(@"(?:Lead|Reporting)\s+inspector\s*:?\s*([A-Z][^,\n()]{2,60})", RegexOptions.IgnoreCase)]
    private static partial Regex LeadInspectorLabel();

    [GeneratedRegex(@",\s*and\s+|\s+and\s+|,\s*|;\s*")]
    private static partial Regex NameSeparator();

    [GeneratedRegex(@"\b(?:Senior\s+)?(?:Her|His)\s+Majesty'?s?['’]?s?\s+(?:Chief\s+)?Inspectors?\b.*$", RegexOptions.IgnoreCase)]
    private static partial Regex HmiTitle();

    [GeneratedRegex(@"[,\s]+(?:Senior\s+)?(?:HMI|SHMI|HM Inspector|Ofsted Inspector|Social Care Regulatory Inspector|Regulatory Inspector|Inspector|OI)\b.*$", RegexOptions.IgnoreCase)]
    private static partial Regex InspectorRole();

    [GeneratedRegex(@"^(?:the\s+)?(?:lead\s+)?(?:inspectors?\s+)?(?:were|was|is)?\s*", RegexOptions.IgnoreCase)]
    private static partial Regex InspectorPreamble();
}
