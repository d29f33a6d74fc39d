using InspectionMiner.Labels;

namespace InspectionMiner.Classification;

/// <summary>
/// The subject-matter cues of LABELS.md's judgement-area table (the "covers" column), as feature tokens: which areas'
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

    /// <summary>The cue tokens of a unit's text and heading, separated by spaces.</summary>
    public static string Of(string text, string? heading)
    {
        var t = Words(heading is { Length: > 0 } ? text + " " + heading : text);
        var tokens = new List<string>(4);
        var areas = 0;
        foreach (var (area, terms) in Lexicon)
        {
            var n = 0;
            foreach (var term in terms)
            {
                if (Mentions(t, term) && ++n == 2)
                {
                    break;
                }
            }

            if (n > 0)
            {
                areas++;
                tokens.Add("cue_" + area);
                if (n > 1)
                {
                    tokens.Add("cues_" + area);
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

    /// <summary>Lower-cased words separated by single spaces, with a space at either end: " pathway plans are ... ".</summary>
    private static string Words(string text)
    {
        var buffer = new char[text.Length + 2];
        var length = 0;
        buffer[length++] = ' ';
        foreach (var c in text)
        {
            if (char.IsLetterOrDigit(c))
            {
                buffer[length++] = char.ToLowerInvariant(c);
            }
            else if (c is '-' && length > 0 && buffer[length - 1] != ' ')
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

        return new string(buffer, 0, length);
    }

    /// <summary>True when <paramref name="words"/> has <paramref name="term"/> starting a word; a term of up to four
    /// letters ("iro", "pep", "plo") must also end one (or end in a plural s), so "environment" is no IRO.</summary>
    private static bool Mentions(string words, string term)
    {
        var at = 0;
        while ((at = words.IndexOf(term, at, StringComparison.Ordinal)) >= 0)
        {
            if (words[at - 1] == ' ')
            {
                var end = at + term.Length;
                if (term.Length > 4 || words[end] == ' ' || (words[end] == 's' && words[end + 1] == ' '))
                {
                    return true;
                }
            }

            at++;
        }

        return false;
    }
}
