using System.Buffers;
using System.Text;
using System.Text.RegularExpressions;
using InspectionMiner.Structure;

namespace InspectionMiner.Classification;

/// <summary>
/// Turns a <see cref="UnitContext"/> into the text columns the model featurises: the unit's words; its main
/// clause (docs/labels.md rules 2 and 6: the clause after "however"/"but", or before a trailing "although"); the
/// words under a negation ("not_timely"); the section heading; and structure tokens (section kind and area,
/// list item, heading, document kind, length).
/// </summary>
internal static partial class ModelFeatures
{
    /// <summary>
    /// The seven text columns in the order they are featurised and concatenated: the row's text, the name of the
    /// featurised output, the longest word n-gram, and whether character trigrams are added. The trainer builds its
    /// featuriser from this list and <see cref="TextFeaturizer"/> reads the trained one by the same names.
    /// </summary>
    public static readonly (Func<ModelRow, string> Source, string Input, string Output, int WordNgram, bool CharGrams)[] Columns =
    [
        (r => r.Text, nameof(ModelRow.Text), "TextF", 2, true),
        (r => r.MainClause, nameof(ModelRow.MainClause), "MainF", 2, false),
        (r => r.Negated, nameof(ModelRow.Negated), "NegF", 1, false),
        (r => r.Heading, nameof(ModelRow.Heading), "HeadF", 2, false),
        (r => r.Context, nameof(ModelRow.Context), "CtxF", 1, false),
        (r => r.Neighbours, nameof(ModelRow.Neighbours), "NbrF", 1, false),
        (r => r.Cues, nameof(ModelRow.Cues), "CueF", 1, false),
    ];

    /// <summary>The characters <see cref="Normalise"/> changes: digits, curly quotes and whitespace other than the space.</summary>
    private static readonly SearchValues<char> Special = SearchValues.Create(
        "0123456789’‘“”\t\n\v\f\r\u0085\u00A0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200A\u2028\u2029\u202F\u205F\u3000");

    /// <summary>The row of <paramref name="unit"/>; its area cues include the lexicon's tokens when there is one.</summary>
    public static ModelRow ToRow(UnitContext unit, AreaLexicon? lexicon)
    {
        var text = Normalise(unit.Text);
        var main = MainClause(text);
        var cues = AreaCues.Of(unit.Text, unit.SectionHeading);
        return new ModelRow
        {
            Text = text,
            MainClause = main,
            Negated = Negations(main),
            Heading = Normalise(unit.SectionHeading ?? string.Empty),
            Context = ContextTokens(unit, text),
            Neighbours = unit.Neighbours is { Length: > 0 } n ? Normalise(n) : string.Empty,
            Cues = lexicon?.Features(unit.Text) is { Length: > 0 } learned ? cues + " " + learned : cues,
        };
    }

    /// <summary>Straight quotes, digits folded to 0, whitespace collapsed.</summary>
    public static string Normalise(string text)
    {
        // Most units need no change at all: no digit, curly quote or whitespace other than single inner spaces.
        if (text.AsSpan().IndexOfAny(Special) < 0 && !text.Contains("  ", StringComparison.Ordinal)
            && (text.Length == 0 || (text[0] != ' ' && text[^1] != ' ')))
        {
            return text;
        }

        var buffer = text.Length <= 512 ? stackalloc char[text.Length] : new char[text.Length];
        var length = 0;
        var space = false;
        foreach (var c in text)
        {
            var d = c is >= '0' and <= '9' ? '0' : TextFold.StraightQuote(c);
            if (char.IsWhiteSpace(d))
            {
                space = length > 0;
                continue;
            }

            if (space)
            {
                buffer[length++] = ' ';
                space = false;
            }

            buffer[length++] = d;
        }

        return new string(buffer[..length]);
    }

    /// <summary>The clause that decides a mixed sentence.</summary>
    public static string MainClause(string text)
    {
        // "Although/While/Despite …, X" → X.
        var lead = LeadingConcession().Match(text);
        if (lead.Success)
        {
            return text[(lead.Index + lead.Length)..];
        }

        // "X, but Y" / "X. However, Y" / "X; however Y" → Y (the last contrast wins).
        var contrast = Contrast().Matches(text);
        if (contrast.Count > 0)
        {
            var last = contrast[^1];
            return text[(last.Index + last.Length)..];
        }

        // "X, although Y" → X.
        var trailing = TrailingConcession().Match(text);
        return trailing.Success ? text[..trailing.Index] : text;
    }

    private static string Negations(string clause)
    {
        // Words are runs of letters, digits, apostrophes and underscores (as the regex [^\p{L}\p{N}'_]+ splits them),
        // lower-cased; the four words after a negation are marked.
        StringBuilder? sb = null;
        var scope = 0;
        var at = 0;
        Span<char> lower = stackalloc char[64];
        while (at < clause.Length)
        {
            while (at < clause.Length && !IsWordChar(clause[at]))
            {
                at++;
            }

            var start = at;
            while (at < clause.Length && IsWordChar(clause[at]))
            {
                at++;
            }

            if (at == start)
            {
                break;
            }

            var word = clause.AsSpan(start, at - start);
            var w = word.Length <= lower.Length ? lower[..word.Length] : new char[word.Length];
            word.ToLowerInvariant(w);
            if (IsNegation(w))
            {
                scope = 4;
                continue;
            }

            if (scope > 0)
            {
                (sb ??= new StringBuilder()).Append("not_").Append(w).Append(' ');
                scope--;
            }
        }

        return sb?.ToString() ?? string.Empty;
    }

    private static bool IsWordChar(char c) => char.IsLetter(c) || char.IsNumber(c) || c is '\'' or '_';

    private static bool IsNegation(ReadOnlySpan<char> w) =>
        w is "not" or "no" or "never" or "nor" or "without" or "lack" or "lacks" or "insufficient" or "insufficiently" || w.EndsWith("n't", StringComparison.Ordinal);

    private static string ContextTokens(UnitContext unit, string text)
    {
        var sb = new StringBuilder();

        // A unit known by its text and heading only: the heading still says what kind of section it opens and, for a
        // judgement heading, its area, by the same rules the parser applies to the document's headings.
        var (sectionKind, sectionArea) = (unit.SectionKind, unit.SectionArea);
        if (sectionKind is null && unit.SectionHeading is { Length: > 0 } heading)
        {
            (sectionKind, sectionArea) = SectionOf(heading);
        }

        if (sectionKind is { } kind)
        {
            sb.Append("kind_").Append(kind).Append(' ');
        }

        if (sectionArea is { } area)
        {
            sb.Append("area_").Append(area).Append(' ');
        }

        if (unit.FocusArea is { } focus)
        {
            sb.Append("focus_").Append(focus).Append(' ');
        }

        if (unit.DocumentKind is { } doc)
        {
            sb.Append("doc_").Append(doc).Append(' ');
        }

        if (unit.IsListItem)
        {
            sb.Append("listitem ");
        }

        if (unit.IsHeading)
        {
            sb.Append("heading ");
        }

        var words = text.Count(c => c == ' ') + 1;
        sb.Append(words switch { <= 3 => "len_tiny", <= 8 => "len_short", <= 25 => "len_mid", _ => "len_long" }).Append(' ');
        if (text.Length > 0 && !char.IsPunctuation(text[^1]))
        {
            sb.Append("no_final_stop ");
        }

        if (StartsWithNounPhraseItem().IsMatch(text))
        {
            sb.Append("starts_np_item ");
        }

        return sb.ToString();
    }

    /// <summary>
    /// The section kind and area a heading opens, as the parser would decide them. A heading path ("judgement heading ›
    /// sub-heading") is the judgement section, or an improvement list in it, with the judgement's area.
    /// </summary>
    private static (SectionKind? Kind, Labels.JudgementArea? Area) SectionOf(string heading)
    {
        var cut = heading.IndexOf(Section.PathSeparator, StringComparison.Ordinal);
        if (cut > 0 && SectionRules.Classify(heading[..cut], isCouncilReport: false) is { Kind: SectionKind.Judgement } parent)
        {
            var sub = SectionRules.Classify(heading[(cut + Section.PathSeparator.Length)..], isCouncilReport: false);
            return (sub?.Kind == SectionKind.ImprovementList ? SectionKind.ImprovementList : SectionKind.Judgement, parent.Area);
        }

        return SectionRules.Classify(heading, isCouncilReport: false) is { } section
            ? (section.Kind, section.Kind == SectionKind.Judgement ? section.Area : null)
            : (null, null);
    }

    [GeneratedRegex(@"^(?:although|though|while|whilst|despite|even though|notwithstanding)\b[^,]{3,}?,\s*", RegexOptions.IgnoreCase)]
    private static partial Regex LeadingConcession();

    [GeneratedRegex(@"(?:,\s*but|;\s*but|\bhowever,?|\bnevertheless,?|\bdespite this,?|\byet,)\s+", RegexOptions.IgnoreCase)]
    private static partial Regex Contrast();

    [GeneratedRegex(@",\s*(?:although|though|while|whilst|even though)\b", RegexOptions.IgnoreCase)]
    private static partial Regex TrailingConcession();

    [GeneratedRegex(@"^(?:the|improving|improve|ensure|ensuring|increase|increasing|strengthen|strengthening|reduce|reducing|develop|developing)\b[^.]*?\b(?:of|for|to|that|so)\b", RegexOptions.IgnoreCase)]
    private static partial Regex StartsWithNounPhraseItem();
}
