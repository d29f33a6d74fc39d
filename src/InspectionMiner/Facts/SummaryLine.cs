using System.Text.RegularExpressions;
using InspectionMiner.Labels;
using InspectionMiner.Structure;

namespace InspectionMiner.Facts;

/// <summary>
/// A SIF report's own summary of its overall judgement: "Children's services in Barnet are inadequate", "... require
/// improvement to be good" (over two lines or two cells), "The overall judgement is that children's services require improvement".
/// </summary>
internal static partial class SummaryLine
{
    /// <summary>
    /// The first summary line of <paramref name="text"/> not about an earlier inspection ("The last full inspection of
    /// children's services in Cambridgeshire, in January 2019, judged all services as requires improvement to be good"):
    /// its grade, where it starts and its words (whitespace collapsed); null when there is none.
    /// </summary>
    public static (Grade Grade, int Index, string Text)? Find(string text)
    {
        foreach (Match m in ServicesAre().Matches(text))
        {
            if (!EarlierInspection.IsSpokenOf(text, m.Index))
            {
                return (GradeParser.FromWords(m.Groups["grade"].Value), m.Index, FactText.Whitespace().Replace(m.Value, " "));
            }
        }

        return null;
    }

    [GeneratedRegex(@"(?:The overall judgement is(?:\s+that\s+(?:the\s+)?children's\s+services?)?(?:\s+(?:are|is))?|Children's services in [^.\n]{1,60}?(?:\n[^.\n]{0,60}?)?\s(?:are|is))\s+(?<grade>outstanding|good|inadequate|adequate|requires?\s+improvement(?:\s+to\s+be\s+good)?)|Children's services in [^.\n]{1,60}?(?:\n[^.\n]{0,60}?)?\s(?<grade>requires?\s+improvement(?:\s+to\s+be\s+good)?)", RegexOptions.IgnoreCase)]
    private static partial Regex ServicesAre();
}
