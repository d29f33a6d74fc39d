using System.Text.RegularExpressions;
using InspectionMiner.Labels;

namespace InspectionMiner.Structure;

/// <summary>Reads Ofsted's grade wording ("requires improvement to be good", "Inadequate") as a <see cref="Grade"/>.</summary>
internal static partial class GradeParser
{
    /// <summary>The first grade named in <paramref name="text"/>, with where it was found; null when there is none.</summary>
    public static (Grade Grade, int Index)? FindFirst(string text)
    {
        var match = GradeWords().Match(text);
        return match.Success ? (FromWords(match.Value), match.Index) : null;
    }

    /// <summary>The grade that <paramref name="text"/> ends with ("… children in care: good"), or null.</summary>
    public static Grade? FromEnding(string text)
    {
        var match = GradeAtEnd().Match(text);
        return match.Success ? FromWords(match.Groups[1].Value) : null;
    }

    /// <summary>Maps grade words to a grade.</summary>
    public static Grade FromWords(string words)
    {
        var w = words.Trim().ToLowerInvariant();
        return w switch
        {
            _ when w.StartsWith("outstanding", StringComparison.Ordinal) => Grade.Outstanding,
            _ when w.StartsWith("good", StringComparison.Ordinal) => Grade.Good,
            _ when w.StartsWith("require", StringComparison.Ordinal) || w.StartsWith("improvement", StringComparison.Ordinal) => Grade.RequiresImprovement,
            _ when w.StartsWith("inadequate", StringComparison.Ordinal) => Grade.Inadequate,
            _ when w.StartsWith("adequate", StringComparison.Ordinal) => Grade.Adequate,
            _ => Grade.NotJudged,
        };
    }

    [GeneratedRegex(@"\b(?:outstanding|(?<!to\s+be\s+)good|requires?\s+improvement(?:\s+to\s+be\s+good)?|inadequate|adequate)\b", RegexOptions.IgnoreCase)]
    private static partial Regex GradeWords();

    [GeneratedRegex(@"(?:[:\-–]\s*|\s+(?:is|are)\s+|\s+(?=requires?\s))(outstanding|good|requires?\s+improvement(?:\s+to\s+be\s+good)?|inadequate|adequate)\s*\.?$", RegexOptions.IgnoreCase)]
    private static partial Regex GradeAtEnd();
}
