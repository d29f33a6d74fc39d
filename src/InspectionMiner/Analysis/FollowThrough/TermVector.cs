namespace InspectionMiner.Analysis;

/// <summary>
/// A text's weighted terms (<see cref="TextSimilarity.Vector"/>) as parallel arrays of term numbers and weights, in
/// the order the dictionary yields them, with the squared norm summed in that same order: so a cosine computed from
/// two of them (<see cref="ClosestFindings"/>) is <see cref="TextSimilarity.Cosine"/>'s to the last bit, without a
/// string hashed per term and pair.
/// </summary>
internal sealed class TermVector
{
    private TermVector(int[] terms, double[] weights, double norm2) => (Terms, Weights, Norm2) = (terms, weights, norm2);

    /// <summary>The terms' numbers (-1 for a term outside the numbering), in the order of the dictionary the vector was made from.</summary>
    public int[] Terms { get; }

    /// <summary>The terms' weights, parallel to <see cref="Terms"/>.</summary>
    public double[] Weights { get; }

    /// <summary>The sum of the squared weights, added in order.</summary>
    public double Norm2 { get; }

    /// <summary>The vector of <paramref name="weights"/>, each term numbered by <paramref name="numbers"/> (-1 for a term it lacks, which then matches nothing).</summary>
    public static TermVector From(Dictionary<string, double> weights, IReadOnlyDictionary<string, int> numbers)
    {
        var terms = new int[weights.Count];
        var values = new double[weights.Count];
        double norm2 = 0;
        var i = 0;
        foreach (var (term, w) in weights)
        {
            terms[i] = numbers.TryGetValue(term, out var n) ? n : -1;
            values[i++] = w;
            norm2 += w * w;
        }

        return new TermVector(terms, values, norm2);
    }
}
