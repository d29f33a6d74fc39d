namespace InspectionMiner.Layout;

/// <summary>
/// Joins a word split by a line-end hyphen. Ofsted's documents are set without automatic hyphenation,
/// so a hyphen at a line end is normally a real compound (<c>multi-agency</c>, <c>well-established</c>)
/// and is kept; it is dropped only when the document itself spells the joined word without a hyphen
/// elsewhere and never with one, or when the hyphen is a soft hyphen (U+00AD).
/// </summary>
internal sealed class Dehyphenator
{
    private readonly IEnumerable<string> _lines;
    private HashSet<string>? _vocabulary;

    /// <summary>
    /// Creates a dehyphenator that knows the words of <paramref name="lines"/>. The vocabulary is built on the first
    /// line-end hyphen that needs it: most documents have none, and building it costs a pass over every word.
    /// </summary>
    public Dehyphenator(IEnumerable<string> lines) => _lines = lines;

    private HashSet<string> Vocabulary => _vocabulary ??= BuildVocabulary(_lines);

    private static HashSet<string> BuildVocabulary(IEnumerable<string> lines)
    {
        var vocabulary = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var line in lines)
        {
            var start = -1;
            for (var i = 0; i <= line.Length; i++)
            {
                var inWord = i < line.Length && (char.IsLetter(line[i]) || (line[i] == '-' && start >= 0 && i + 1 < line.Length && char.IsLetter(line[i + 1])));
                if (inWord && start < 0)
                {
                    start = i;
                }
                else if (!inWord && start >= 0)
                {
                    vocabulary.Add(line[start..i]);
                    start = -1;
                }
            }
        }

        return vocabulary;
    }

    /// <summary>Joins the text of a line with the text of the next line of the same block.</summary>
    public string Join(string left, string right)
    {
        if (left.Length == 0)
        {
            return right;
        }

        if (right.Length == 0)
        {
            return left;
        }

        var last = left[^1];
        if (last == '\u00AD')
        {
            return left[..^1] + right;
        }

        if (last is '-' or '\u2010' && left.Length >= 2)
        {
            var before = left[^2];
            if (char.IsLetter(before) && char.IsLetter(right[0]))
            {
                var head = LastWord(left[..^1]);
                var tail = FirstWord(right);
                var joined = head + tail;
                var hyphenated = head + "-" + tail;
                if (char.IsLower(right[0]) && Vocabulary.Contains(joined) && !Vocabulary.Contains(hyphenated))
                {
                    return left[..^1] + right;
                }

                return left + right;
            }

            if (char.IsAsciiDigit(before) && right.StartsWith("year", StringComparison.OrdinalIgnoreCase))
            {
                return left + right;
            }
        }

        return left + " " + right;
    }

    private static string LastWord(string text)
    {
        var i = text.Length;
        while (i > 0 && (char.IsLetter(text[i - 1]) || text[i - 1] == '-'))
        {
            i--;
        }

        return text[i..];
    }

    private static string FirstWord(string text)
    {
        var i = 0;
        while (i < text.Length && char.IsLetter(text[i]))
        {
            i++;
        }

        return text[..i];
    }
}
