using System.Text.RegularExpressions;
using InspectionMiner.Labels;
using InspectionMiner.Layout;

namespace InspectionMiner.Facts;

/// <summary>Reads a focused or monitoring visit's stated focus.</summary>
internal static partial class FocusReader
{
    public static string? Focus(string head)
    {
        var m = FocusSentence().Match(head);
        if (!m.Success)
        {
            return null;
        }

        var focus = FactText.Whitespace().Replace(m.Groups[1].Value, " ").Trim().TrimEnd('.');
        return focus.Length > 0 ? focus : null;
    }

    // The phrase opens a sentence or a clause ("During this visit, inspectors looked at ..."): "... the children whose cases
    // inspectors reviewed would have benefited ..." is no focus.
    [GeneratedRegex(@"(?<=^|[.!?:,;]\s+|\n\s*)(?:(?:The )?Inspectors|This visit|The visit|The focus of (?:the|this) visit|This focused visit)\s+(?:looked at|considered|evaluated|reviewed|focused on|was on|examined|focused upon)\s+([^.\n]{5,300})", RegexOptions.IgnoreCase)]
    private static partial Regex FocusSentence();
}
