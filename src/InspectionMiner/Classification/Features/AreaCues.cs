using System.Numerics;
using InspectionMiner.Labels;
using InspectionMiner.Structure;

namespace InspectionMiner.Classification;

/// <summary>
/// The subject-matter cues of docs/labels.md's judgement-area table (the "covers" column), as feature tokens: which areas'
/// terms a unit or its heading mentions ("cue_CareLeavers" for "pathway plans"), two or more of one area's terms, or
/// terms of several areas. They are features the model weighs, not rules: many units name one area's terms while
/// being about another.
/// </summary>
internal static class AreaCues
{
    private static readonly (JudgementArea Area, string[] Terms)[] Lexicon =
    [
        (JudgementArea.Leadership, ["leader", "manager", "governance", "corporate parent", "self-evaluation", "self evaluation", "quality assurance", "audit", "performance data", "performance information", "performance management", "workforce", "caseload", "supervision", "strategic", "partnership", "budget", "lscb", "safeguarding children board", "safeguarding partnership"]),
        (JudgementArea.HelpAndProtection, ["early help", "front door", "contact", "referral", "mash", "strategy discussion", "strategy meeting", "section 47", "s47", "assessment", "child in need", "children in need", "child protection", "domestic abuse", "exploitation", "missing", "disabled", "private fostering", "privately fostered", "homeless", "lado", "designated officer", "pre-proceedings", "public law outline", "plo"]),
        (JudgementArea.ChildrenInCare, ["children in care", "child in care", "looked after", "looked-after", "entry to care", "enter care", "entering care", "care plan", "placement", "sufficiency", "stability", "permanence", "adoption", "adopt", "fostering", "foster", "special guardianship", "residential", "children s home", "iro", "independent reviewing", "pep", "personal education plan", "virtual school", "family time"]),
        (JudgementArea.CareLeavers, ["care leaver", "leaving care", "pathway plan", "personal adviser", "personal advisor", "staying put", "staying close", "employment", "not in education", "local offer", "entitlement"]),
    ];

    /// <summary>Every term, indexed by its first two characters (letters and digits only), with its area and place.</summary>
    private static readonly (int Area, int Term, string Text)[][] ByStart = IndexTerms();

    /// <summary>The output for every combination of per-area states (0: no term, 1: one term, 2: two or more), in base 3.</summary>
    private static readonly string[] Outputs = [.. Enumerable.Range(0, 81).Select(Render)];

    /// <summary>The cue tokens of a unit's text and heading, separated by spaces.</summary>
    public static string Of(string text, string? heading)
    {
        var length = text.Length + (heading?.Length ?? 0) + 3;
        var words = length <= 1024 ? stackalloc char[length] : new char[length];
        words = Words(text, heading, words);

        // A bit per term of each area mentioned; terms are looked up only where a word starts.
        Span<ulong> found = stackalloc ulong[Lexicon.Length];
        found.Clear();
        for (var at = 1; at < words.Length - 1; at++)
        {
            if (words[at - 1] != ' ' || Slot(words[at], words[at + 1]) is not { } slot)
            {
                continue;
            }

            foreach (var (area, term, t) in ByStart[slot])
            {
                if (words[at..].StartsWith(t, StringComparison.Ordinal) && EndsWell(words, at + t.Length, t.Length))
                {
                    found[area] |= 1UL << term;
                }
            }
        }

        var state = 0;
        for (var a = Lexicon.Length - 1; a >= 0; a--)
        {
            state = (state * 3) + Math.Min(2, BitOperations.PopCount(found[a]));
        }

        return Outputs[state];
    }

    /// <summary>A term of up to four letters ("iro", "pep", "plo") must end a word (or end in a plural s), so
    /// "environment" is no IRO; a longer one may begin a longer word ("placement" in "placements").</summary>
    private static bool EndsWell(ReadOnlySpan<char> words, int end, int termLength) =>
        termLength > 4 || words[end] == ' ' || (words[end] == 's' && words[end + 1] == ' ');

    private static string Render(int state)
    {
        var tokens = new List<string>();
        var areas = 0;
        for (var a = 0; a < Lexicon.Length; a++, state /= 3)
        {
            var n = state % 3;
            if (n > 0)
            {
                areas++;
                tokens.Add("cue_" + Lexicon[a].Area);
                if (n > 1)
                {
                    tokens.Add("cues_" + Lexicon[a].Area);
                }
            }
        }

        if (areas == 0)
        {
            return "cue_none";
        }

        if (areas > 1)
        {
            tokens.Add("cue_several");
        }

        return string.Join(' ', tokens);
    }

    private static (int Area, int Term, string Text)[][] IndexTerms()
    {
        var index = new List<(int, int, string)>[37 * 37];
        for (var a = 0; a < Lexicon.Length; a++)
        {
            var terms = Lexicon[a].Terms;
            for (var t = 0; t < terms.Length; t++)
            {
                var slot = Slot(terms[t][0], terms[t][1]) ?? throw new InvalidOperationException($"Term '{terms[t]}' must start with two letters or digits.");
                (index[slot] ??= []).Add((a, t, terms[t]));
            }
        }

        return [.. index.Select(l => l?.ToArray() ?? [])];
    }

    private static int? Slot(char a, char b) => Code(a) is { } x && Code(b) is { } y ? (x * 37) + y : null;

    private static int? Code(char c) => c switch
    {
        >= 'a' and <= 'z' => c - 'a',
        >= '0' and <= '9' => 26 + (c - '0'),
        _ => null,
    };

    /// <summary>Lower-cased words separated by single spaces, with a space at either end: " pathway plans are ... ".</summary>
    private static Span<char> Words(string text, string? heading, Span<char> buffer)
    {
        var length = 0;
        buffer[length++] = ' ';
        Append(text, buffer, ref length);
        if (heading is { Length: > 0 })
        {
            Append(heading, buffer, ref length);
        }

        if (buffer[length - 1] != ' ')
        {
            buffer[length++] = ' ';
        }

        return buffer[..length];
    }

    private static void Append(string text, Span<char> buffer, ref int length)
    {
        foreach (var c in text)
        {
            if (TextFold.IsWordChar(c))
            {
                buffer[length++] = TextFold.Lower(c);
            }
            else if (c is '-' && buffer[length - 1] != ' ')
            {
                buffer[length++] = '-';
            }
            else if (buffer[length - 1] != ' ')
            {
                buffer[length++] = ' ';
            }
        }

        if (buffer[length - 1] != ' ')
        {
            buffer[length++] = ' ';
        }
    }
}
