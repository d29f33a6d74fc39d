using InspectionMiner.Labels;

namespace InspectionMiner.Analysis;

/// <summary>
/// Per type, the finding of a later document closest to one earlier finding, by the cosine of their term vectors.
/// The earlier vector is spread once into a table indexed by term number, so each later finding costs one pass over
/// its own terms; sums are added in the order <see cref="TextSimilarity.Cosine"/> adds them (over the shorter
/// vector), so similarities, ties and the order of the results are exactly those of comparing the dictionaries.
/// </summary>
internal sealed class ClosestFindings
{
    private static readonly int TypeCount = Enum.GetValues<FindingType>().Length;

    private int[] _position = [];       // term number -> 1 + its index in the earlier vector; 0 when absent
    private double[] _products = [];    // per index of the earlier vector, its product with the later finding's weight
    private TermVector? _earlier;

    /// <summary>Makes <paramref name="earlier"/> the finding to compare; <paramref name="termCount"/> bounds every term number.</summary>
    public void Compare(TermVector earlier, int termCount)
    {
        if (_earlier is not null)
        {
            foreach (var t in _earlier.Terms)
            {
                if (t >= 0)
                {
                    _position[t] = 0;
                }
            }
        }

        if (_position.Length < termCount)
        {
            Array.Resize(ref _position, Math.Max(termCount, 2 * _position.Length));
        }

        if (_products.Length < earlier.Terms.Length)
        {
            _products = new double[earlier.Terms.Length];
        }

        for (var i = 0; i < earlier.Terms.Length; i++)
        {
            if (earlier.Terms[i] >= 0)
            {
                _position[earlier.Terms[i]] = i + 1;
            }
        }

        _earlier = earlier;
    }

    /// <summary>
    /// Per type present in <paramref name="later"/>, its closest finding (the first of equals) as its index and
    /// similarity, most similar first (types in order of first appearance among equals).
    /// </summary>
    public List<(int Index, double Similarity)> In(DocumentVectors later)
    {
        var best = new (int Index, double Similarity)[TypeCount];
        var order = new List<int>(TypeCount);
        for (var i = 0; i < later.Findings.Length; i++)
        {
            var type = (int)later.Findings[i].Type;
            var similarity = Cosine(later.Vectors[i]);
            if (!order.Contains(type))
            {
                order.Add(type);
                best[type] = (i, similarity);
            }
            else if (similarity > best[type].Similarity)
            {
                best[type] = (i, similarity);
            }
        }

        var result = order.Select(t => best[t]).ToList();
        for (var i = 1; i < result.Count; i++)   // stable insertion sort, most similar first
        {
            for (var j = i; j > 0 && result[j].Similarity > result[j - 1].Similarity; j--)
            {
                (result[j], result[j - 1]) = (result[j - 1], result[j]);
            }
        }

        return result;
    }

    private double Cosine(TermVector later)
    {
        var earlier = _earlier!;
        double dot = 0;
        if (earlier.Terms.Length > later.Terms.Length)
        {
            // the later vector is the shorter: add its products in its order
            for (var j = 0; j < later.Terms.Length; j++)
            {
                if (later.Terms[j] >= 0 && _position[later.Terms[j]] is var p and > 0)
                {
                    dot += later.Weights[j] * earlier.Weights[p - 1];
                }
            }
        }
        else
        {
            // the earlier vector is the shorter (or as long): add the products in its order
            var any = false;
            for (var j = 0; j < later.Terms.Length; j++)
            {
                if (later.Terms[j] >= 0 && _position[later.Terms[j]] is var p and > 0)
                {
                    _products[p - 1] = earlier.Weights[p - 1] * later.Weights[j];
                    any = true;
                }
            }

            if (any)
            {
                for (var i = 0; i < earlier.Terms.Length; i++)
                {
                    dot += _products[i];
                    _products[i] = 0;
                }
            }
        }

        var (na, nb) = earlier.Terms.Length > later.Terms.Length ? (later.Norm2, earlier.Norm2) : (earlier.Norm2, later.Norm2);
        return na == 0 || nb == 0 ? 0 : dot / Math.Sqrt(na * nb);
    }
}
