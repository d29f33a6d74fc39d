using System.Globalization;
using System.Numerics;
using System.Text;
using InspectionMiner.Labels;
using InspectionMiner.Structure;

namespace InspectionMiner.Classification;

/// <summary>
/// A distant-supervision lexicon for the judgement area: how much more often each word and word pair occurs in one
/// judgement area's sections of full reports than in the others' (naive-Bayes log-odds), learned from the weak,
/// structure-derived area labels of every paragraph under a judgement heading. Tens of thousands of such sentences
/// teach what each area talks about ("return home interviews", "life-story work", "personal advisers") far beyond the
/// hand-labelled units. A unit's summed log-odds become feature tokens (the most likely area, and how clearly it
/// leads); the model weighs them with everything else. Immutable once built.
/// </summary>
internal sealed class AreaLexicon
{
    /// <summary>The areas a judgement section can have, in the order of each token's log-odds.</summary>
    private static readonly JudgementArea[] Areas = [JudgementArea.Leadership, JudgementArea.HelpAndProtection, JudgementArea.ChildrenInCare, JudgementArea.CareLeavers];

    private const int MinimumCount = 5;

    /// <summary>Feature strings for each top area (by index) and how clearly it leads: plain, weak, strong, very strong.</summary>
    private static readonly string[] Outputs = [.. Areas.SelectMany(a => new[]
    {
        $"nbtop_{a}", $"nbtop_{a} nbweak", $"nbtop_{a} nbstrong_{a}", $"nbtop_{a} nbstrong_{a} nbvstrong_{a}",
    })];

    private readonly Dictionary<string, float[]> _logOdds;

    // The same entries by token key, each key and its log-odds side by side: a unit's tokens are hashed and looked up
    // without building strings.
    private readonly TokenTable<LogOdds> _table;

    private AreaLexicon(Dictionary<string, float[]> logOdds)
    {
        _logOdds = logOdds;
        _table = TokenTable<LogOdds>.TryCreate(logOdds.Select(p => KeyValuePair.Create(p.Key, new LogOdds(p.Value[0], p.Value[1], p.Value[2], p.Value[3]))).ToList())
            ?? throw new InvalidDataException("Two tokens of the area lexicon share a 64-bit key.");
    }

    /// <summary>How many words and word pairs it knows.</summary>
    public int Count => _logOdds.Count;

    /// <summary>Learns the lexicon from sentences labelled with the area of the judgement section they sit in.</summary>
    public static AreaLexicon Build(IEnumerable<(string Text, JudgementArea Area)> sentences)
    {
        var counts = new Dictionary<string, int[]>(StringComparer.Ordinal);
        var totals = new long[Areas.Length];
        var seen = new HashSet<string>(StringComparer.Ordinal);
        Span<char> buffer = stackalloc char[128];
        foreach (var (text, area) in sentences)
        {
            var a = Array.IndexOf(Areas, area);
            if (a < 0)
            {
                continue;
            }

            seen.Clear();
            var reader = new TokenReader(text, buffer);
            while (reader.Next(out var token, out _))
            {
                seen.Add(token.ToString());
            }

            foreach (var token in seen)
            {
                if (!counts.TryGetValue(token, out var c))
                {
                    counts[token] = c = new int[Areas.Length];
                }

                c[a]++;
                totals[a]++;
            }
        }

        var all = (double)totals.Sum();
        var logOdds = new Dictionary<string, float[]>(StringComparer.Ordinal);
        foreach (var (token, c) in counts.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            var sum = c.Sum();
            if (sum < MinimumCount)
            {
                continue;
            }

            var lo = new float[Areas.Length];
            for (var a = 0; a < Areas.Length; a++)
            {
                var inside = (c[a] + 0.5) / (totals[a] + 1);
                var outside = (sum - c[a] + 0.5) / (all - totals[a] + 1);
                lo[a] = (float)Math.Round(Math.Log(inside / outside), 2);
            }

            logOdds[token] = lo;
        }

        return new AreaLexicon(logOdds);
    }

    /// <summary>The feature tokens of a unit's text: the area its words point to most, and how clearly.</summary>
    public string Features(string text)
    {
        double s0 = 0, s1 = 0, s2 = 0, s3 = 0;
        var found = 0;

        // Each distinct token counts once, as in training: the keys seen so far, in a small open-addressing table.
        var size = (int)BitOperations.RoundUpToPowerOf2((uint)Math.Max(32, text.Length + 2));
        var seen = size <= 1024 ? stackalloc ulong[size] : new ulong[size];
        seen.Clear();
        var reader = new TokenReader(text, stackalloc char[128]);
        bool wordFound = false, previousFound = false;
        while (reader.Next(out var token, out var isPair))
        {
            // A pair is in the lexicon only if both its words are (each occurs in every sentence the pair does).
            if (isPair && !(wordFound && previousFound))
            {
                continue;
            }

            var key = TokenTable<LogOdds>.KeyOf(token);
            var hit = _table.TryGetValue(key, out var entry);
            if (!isPair)
            {
                (previousFound, wordFound) = (wordFound, hit);
            }

            if (hit && Add(seen, key))
            {
                found++;
                s0 += entry.L0;
                s1 += entry.L1;
                s2 += entry.L2;
                s3 += entry.L3;
            }
        }

        if (found == 0)
        {
            return string.Empty;
        }

        Span<double> sums = [s0, s1, s2, s3];
        int first = 0, second = -1;
        for (var a = 1; a < Areas.Length; a++)
        {
            if (sums[a] > sums[first])
            {
                (first, second) = (a, first);
            }
            else if (second < 0 || sums[a] > sums[second])
            {
                second = a;
            }
        }

        var margin = sums[first] - sums[second];
        var clarity = margin > 8 ? 3 : margin > 3 ? 2 : margin < 1 ? 1 : 0;
        return Outputs[(first * 4) + clarity];
    }

    /// <summary>The tokens the lexicon reads in <paramref name="text"/>, in order: each word, then its pair with the word before.</summary>
    internal static IReadOnlyList<string> TokensOf(string text)
    {
        var tokens = new List<string>();
        var reader = new TokenReader(text, stackalloc char[128]);
        while (reader.Next(out var token, out _))
        {
            tokens.Add(token.ToString());
        }

        return tokens;
    }

    /// <summary>Writes the lexicon as text: one token per line with its log-odds for each area.</summary>
    public string Serialize()
    {
        var sb = new StringBuilder();
        foreach (var (token, lo) in _logOdds)
        {
            sb.Append(token);
            foreach (var v in lo)
            {
                sb.Append(' ').Append(v.ToString("0.##", CultureInfo.InvariantCulture));
            }

            sb.Append('\n');
        }

        return sb.ToString();
    }

    /// <summary>Reads what <see cref="Serialize"/> wrote.</summary>
    public static AreaLexicon Deserialize(string text)
    {
        var logOdds = new Dictionary<string, float[]>(StringComparer.Ordinal);
        foreach (var line in text.Split('\n', StringSplitOptions.RemoveEmptyEntries))
        {
            var parts = line.Split(' ');
            logOdds[parts[0]] = parts.Skip(1).Select(p => float.Parse(p, CultureInfo.InvariantCulture)).ToArray();
        }

        return new AreaLexicon(logOdds);
    }

    /// <summary>
    /// Reads every lower-cased word (a run of ASCII letters, apostrophes and hyphens that starts with a letter) and, after
    /// each word but the first, the pair of it and the word before, joined by '_'.
    /// </summary>
    private ref struct TokenReader(string text, Span<char> buffer)
    {
        // The buffer holds the previous word just before position 63, a '_' at 63, and the current word from 64: the
        // pair is the span across the three, so no token is ever copied twice.
        private const int Middle = 63;
        private readonly Span<char> _buffer = buffer;
        private int _at;
        private int _previous;
        private int _current;
        private bool _pairNext;

        public bool Next(out ReadOnlySpan<char> token, out bool isPair)
        {
            isPair = _pairNext;
            if (_pairNext)
            {
                _pairNext = false;
                token = _buffer.Slice(Middle - _previous, _previous + 1 + _current);
                return true;
            }

            while (_at < text.Length && !IsAsciiLetter(text[_at]))
            {
                _at++;
            }

            var start = _at;
            while (_at < text.Length && (IsAsciiLetter(text[_at]) || text[_at] is '\'' or '’' or '-'))
            {
                _at++;
            }

            if (_at == start)
            {
                token = default;
                return false;
            }

            // The word read last becomes the previous word (only now: the pair returned last may still be in use).
            if (_current > 0)
            {
                _buffer.Slice(Middle + 1, _current).CopyTo(_buffer.Slice(Middle - _current, _current));
                _previous = _current;
                _pairNext = true;
            }

            _current = Math.Min(_at - start, Middle);
            var word = _buffer.Slice(Middle + 1, _current);
            for (var i = 0; i < _current; i++)
            {
                var c = text[start + i];
                word[i] = TextFold.LowerStraight(c);
            }

            _buffer[Middle] = '_';
            token = word;
            return true;
        }
    }

    private static bool Add(Span<ulong> table, ulong key)
    {
        var mask = table.Length - 1;
        for (var i = (int)key & mask; ; i = (i + 1) & mask)
        {
            if (table[i] == key)
            {
                return false;
            }

            if (table[i] == 0)
            {
                table[i] = key;
                return true;
            }
        }
    }

    private readonly record struct LogOdds(float L0, float L1, float L2, float L3);

    private static bool IsAsciiLetter(char c) => (uint)((c | 0x20) - 'a') <= 'z' - 'a';
}
