using System.Text.RegularExpressions;
using InspectionMiner.Labels;
using InspectionMiner.Layout;

namespace InspectionMiner.Facts;

/// <summary>Reads a document's kind from its title and opening.</summary>
internal static partial class KindReader
{
    public static DocumentKind KindOf(IReadOnlyList<LayoutBlock> blocks, string head)
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

        return DateReader.InspectionDateLabel().IsMatch(firstPart) ? DocumentKind.StandardInspection : DocumentKind.Unknown;
    }

    [GeneratedRegex(@"\b(?:Report\s+(?:of|to)\s+the\b|Executive\s+Board|Scrutiny\s+(?:Board|Committee|Panel)|Cabinet\s+Member|Electoral\s+Wards?|Agenda\s+Item|Purpose\s+of\s+(?:this|the)\s+report|Ward\s+Members|Eligible\s+for\s+Call)", RegexOptions.IgnoreCase)]
    private static partial Regex CouncilReportCue();

    [GeneratedRegex(@"^(?:Inspection of .{2,80}(?:children's services|looked after children|safeguarding)|(?:Focused|Monitoring) visit to |Joint targeted area inspection)", RegexOptions.IgnoreCase | RegexOptions.Multiline)]
    private static partial Regex OfstedTitle();

    [GeneratedRegex(@"^re-?inspection", RegexOptions.IgnoreCase)]
    private static partial Regex ReinspectionTitle();

    [GeneratedRegex(@"^This letter summarises the (?:findings|outcome) of (?:a|the) focused visit", RegexOptions.IgnoreCase | RegexOptions.Multiline)]
    private static partial Regex FocusedVisitOpening();
}
