namespace InspectionMiner.Structure;

/// <summary>
/// Splits a paragraph into sentences. A sentence ends at '.', '?' or '!' (with any closing quotes and
/// brackets) followed by white space and a character that can open a sentence, unless the full stop
/// belongs to an abbreviation (e.g., i.e., Mr, No. 5), an initial (J. Smith), or a number (3.5); nothing
/// inside brackets ends a sentence.
/// </summary>
/// <remarks>Written by hand: no sentence segmenter for .NET (such as Catalyst) is available here.</remarks>
/// <example>
/// <code>
/// string text = "Managers, e.g. team leaders, review plans monthly. Mr. Smith (No. 5) agreed. Work is timely.";
/// IReadOnlyList&lt;string&gt; sentences = SentenceSegmenter.SplitToStrings(text);
/// // "Managers, e.g. team leaders, review plans monthly." | "Mr. Smith (No. 5) agreed." | "Work is timely."
///
/// foreach (var (start, length) in SentenceSegmenter.Split(text))   // offsets into text
///     Console.WriteLine($"{start,4} {text.Substring(start, length)}");
/// </code>
/// </example>
public static class SentenceSegmenter
{
    private static readonly System.Buffers.SearchValues<char> Interesting = System.Buffers.SearchValues.Create("([)].?!…");

    /// <summary>Returns the (start, length) of each sentence of <paramref name="text"/>, trimmed of white space.</summary>
    public static IReadOnlyList<(int Start, int Length)> Split(string text, SentenceSegmenterOptions? options = null)
    {
        options ??= SentenceSegmenterOptions.Default;
        var spans = new List<(int, int)>(1 + (text.Length / 96));
        var start = 0;
        var depth = 0;
        var depthSince = 0;
        for (var i = 0; i < text.Length; i++)
        {
            // Jump to the next bracket or terminator: every other character only ages an open bracket, and the
            // 300-character rule below is applied to the characters jumped over exactly as if each were visited.
            var jump = text.AsSpan(i).IndexOfAny(Interesting);
            var next0 = jump < 0 ? text.Length : i + jump;
            if (next0 > i && depth > 0 && next0 - 1 - depthSince > 300)
            {
                depth = 0;
            }

            if (jump < 0)
            {
                break;
            }

            i = next0;
            var c = text[i];
            if (c is '(' or '[')
            {
                if (depth == 0)
                {
                    depthSince = i;
                }

                depth++;
                continue;
            }

            if (c is ')' or ']')
            {
                depth = Math.Max(0, depth - 1);
                continue;
            }

            if (depth > 0 && i - depthSince > 300)
            {
                depth = 0; // an unbalanced bracket must not swallow the paragraph
            }

            if (c is not ('.' or '?' or '!' or '…') || depth > 0)
            {
                continue;
            }

            // Take in repeated terminators and closing quotes or brackets.
            var end = i + 1;
            while (end < text.Length && text[end] is '.' or '?' or '!' or '’' or '\'' or '"' or '”' or ')' or ']')
            {
                end++;
            }

            if (end >= text.Length || !char.IsWhiteSpace(text[end]))
            {
                continue;
            }

            var next = end;
            while (next < text.Length && char.IsWhiteSpace(text[next]))
            {
                next++;
            }

            if (next >= text.Length)
            {
                break;
            }

            if (!CanOpenSentence(text, next))
            {
                continue;
            }

            if (c == '.' && IsNonFinalStop(text, i, next, options))
            {
                continue;
            }

            Add(spans, text, start, end);
            start = next;
            i = next - 1;
        }

        Add(spans, text, start, text.Length);
        return spans;
    }

    /// <summary>Convenience: the sentences of <paramref name="text"/> as strings.</summary>
    public static IReadOnlyList<string> SplitToStrings(string text, SentenceSegmenterOptions? options = null) =>
        Split(text, options).Select(s => text.Substring(s.Start, s.Length)).ToArray();

    private static bool CanOpenSentence(string text, int at)
    {
        var c = text[at];
        return char.IsUpper(c) || char.IsDigit(c) || c is '‘' or '\'' or '"' or '“' or '(' or '[' or '•' or '◼' ||
               (c is '‘' or '\'' or '"' or '“' && at + 1 < text.Length && char.IsUpper(text[at + 1]));
    }

    private static bool IsNonFinalStop(string text, int dot, int next, SentenceSegmenterOptions options)
    {
        // The word before the full stop, including inner dots (e.g, U.K).
        var wordStart = dot;
        while (wordStart > 0 && (char.IsLetterOrDigit(text[wordStart - 1]) || text[wordStart - 1] == '.'))
        {
            wordStart--;
        }

        var word = text.AsSpan(wordStart, dot - wordStart);
        if (word.Length == 0)
        {
            return false;
        }

        var key = word.ToString();
        if (word.Equals("no", StringComparison.OrdinalIgnoreCase) || word.Equals("nos", StringComparison.OrdinalIgnoreCase) ||
            word.Equals("para", StringComparison.OrdinalIgnoreCase) || word.Equals("p", StringComparison.Ordinal) || word.Equals("pp", StringComparison.OrdinalIgnoreCase))
        {
            // "No. 5", "para. 12": an abbreviation only before a number.
            return char.IsDigit(text[next]);
        }

        if (word.Equals("s", StringComparison.Ordinal))
        {
            return char.IsDigit(text[next]); // "s. 47"
        }

        if (options.SentenceFinalAbbreviations.Contains(key))
        {
            return false;
        }

        if (options.Abbreviations.Contains(key))
        {
            return true;
        }

        // Initials: a single capital letter, or dotted letters such as U.K or e.g.
        if (word.Length == 1 && char.IsUpper(word[0]) && (wordStart == 0 || char.IsWhiteSpace(text[wordStart - 1]) || text[wordStart - 1] == '.'))
        {
            return char.IsUpper(text[next]);
        }

        if (word.Contains('.') && word.Length <= 6)
        {
            return true;
        }

        return false;
    }

    private static void Add(List<(int, int)> spans, string text, int start, int end)
    {
        while (start < end && char.IsWhiteSpace(text[start]))
        {
            start++;
        }

        while (end > start && char.IsWhiteSpace(text[end - 1]))
        {
            end--;
        }

        if (end > start)
        {
            spans.Add((start, end - start));
        }
    }
}
