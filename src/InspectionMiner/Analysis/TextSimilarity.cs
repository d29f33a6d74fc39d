using System.Text.RegularExpressions;

namespace InspectionMiner.Analysis;

/// <summary>
/// Similarity of two short texts by meaning-bearing words: TF-IDF weighted word stems and stem pairs (stop words
/// dropped, crude suffix stripping), compared by cosine. Hand-written because no sentence-embedding model is
/// available offline here; it matches "timeliness of initial health assessments" with "initial health assessments
/// are not completed in time", which identical-word matching misses.
/// </summary>
internal sealed partial class TextSimilarity
{
    private static readonly HashSet<string> StopWords =
    [
        "the", "of", "and", "to", "for", "in", "a", "an", "that", "so", "is", "are", "be", "with", "their", "they", "on", "by", "as", "at", "all",
        "this", "these", "those", "it", "its", "from", "or", "which", "who", "has", "have", "been", "more", "most", "local", "authority", "children",
        "child", "young", "people", "quality", "ensure", "improve", "improving", "improvement", "including", "when", "where", "there", "not",
    ];

    private readonly Dictionary<string, double> _idf;
    private readonly Dictionary<string, int> _numbers;

    /// <summary>Learns term weights from <paramref name="corpus"/> (e.g. every recommendation in the database).</summary>
    public TextSimilarity(IEnumerable<string> corpus)
    {
        ArgumentNullException.ThrowIfNull(corpus);
        var df = new Dictionary<string, int>();
        var n = 0;
        foreach (var terms in corpus.AsParallel().AsOrdered().Select(text => Terms(text).Distinct().ToArray()))   // texts are read on all cores; counts do not depend on order
        {
            n++;
            foreach (var term in terms)
            {
                df[term] = df.GetValueOrDefault(term) + 1;
            }
        }

        _idf = df.ToDictionary(kv => kv.Key, kv => Math.Log((1.0 + n) / (1.0 + kv.Value)) + 1.0);
        var number = 0;
        _numbers = _idf.Keys.ToDictionary(term => term, _ => number++, StringComparer.Ordinal);
    }

    /// <summary>
    /// The weighted terms of <paramref name="text"/> as a <see cref="TermVector"/>, each term numbered by its place in
    /// the corpus (-1 for a term the corpus lacks): to compare many texts of the corpus exactly as <see cref="Cosine"/> does, but faster.
    /// </summary>
    public TermVector NumberedVector(string text) => TermVector.From(Vector(text), _numbers);

    /// <summary>How many terms the corpus has (every number of <see cref="NumberedVector"/> is below it).</summary>
    public int TermCount => _numbers.Count;

    /// <summary>Cosine similarity of the two texts' weighted terms, 0 to 1.</summary>
    public double Similarity(string a, string b) => Cosine(Vector(a), Vector(b));

    /// <summary>Cosine similarity of two vectors made by <see cref="Vector"/>, 0 to 1.</summary>
    public static double Cosine(IReadOnlyDictionary<string, double> va, IReadOnlyDictionary<string, double> vb)
    {
        ArgumentNullException.ThrowIfNull(va);
        ArgumentNullException.ThrowIfNull(vb);
        if (va.Count > vb.Count)
        {
            (va, vb) = (vb, va);
        }

        double dot = 0, na = 0, nb = 0;
        foreach (var (term, w) in va)
        {
            na += w * w;
            if (vb.TryGetValue(term, out var wb))
            {
                dot += w * wb;
            }
        }

        foreach (var w in vb.Values)
        {
            nb += w * w;
        }

        return na == 0 || nb == 0 ? 0 : dot / Math.Sqrt(na * nb);
    }

    /// <summary>The weighted terms of <paramref name="text"/> (to compare many texts with <see cref="Cosine"/> without weighing each again).</summary>
    public Dictionary<string, double> Vector(string text)
    {
        var v = new Dictionary<string, double>();
        foreach (var term in Terms(text))
        {
            v[term] = v.GetValueOrDefault(term) + _idf.GetValueOrDefault(term, 1.0);
        }

        return v;
    }

    private static IEnumerable<string> Terms(string text)
    {
        var stems = Words().Matches(text.ToLowerInvariant()).Select(m => m.Value).Where(w => !StopWords.Contains(w) && w.Length > 2).Select(Stem).ToList();
        for (var i = 0; i < stems.Count; i++)
        {
            yield return stems[i];
            if (i + 1 < stems.Count)
            {
                yield return stems[i] + "_" + stems[i + 1];
            }
        }
    }

    private static string Stem(string w)
    {
        foreach (var suffix in new[] { "iness", "ness", "ing", "ely", "ly", "ies", "es", "ed", "s" })
        {
            if (w.Length > suffix.Length + 3 && w.EndsWith(suffix, StringComparison.Ordinal))
            {
                return w[..^suffix.Length];
            }
        }

        return w;
    }

    [GeneratedRegex(@"[a-z][a-z'-]*")]
    private static partial Regex Words();
}
