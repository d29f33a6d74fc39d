using System.Runtime.CompilerServices;

namespace InspectionMiner.Structure;

/// <summary>
/// The character folding shared by everything that reads words: unit keys (<see cref="UnitHash"/>), section headings
/// (<see cref="SectionRules.Normalise"/>), the model's features, the area cues and the area lexicon. A word character is
/// a letter or a digit; words compare in lower case (ASCII first: most of Ofsted's text is ASCII, and the general
/// Unicode calls cost several times more) with curly quotes made straight.
/// </summary>
internal static class TextFold
{
    /// <summary>True for a letter or a digit.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool IsWordChar(char c) => char.IsAscii(c) ? char.IsAsciiLetterOrDigit(c) : char.IsLetterOrDigit(c);

    /// <summary><paramref name="c"/> in lower case.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static char Lower(char c) => char.IsAscii(c) ? (char.IsAsciiLetterUpper(c) ? (char)(c | 0x20) : c) : char.ToLowerInvariant(c);

    /// <summary>Curly quotes made straight: ’ and ‘ become ', “ and ” become "; every other character is itself.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static char StraightQuote(char c) => c switch
    {
        '’' or '‘' => '\'',
        '“' or '”' => '"',
        _ => c,
    };

    /// <summary><paramref name="c"/> in lower case with a curly quote made straight.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static char LowerStraight(char c) => StraightQuote(Lower(c));
}
