namespace InspectionMiner.Classification;

/// <summary>
/// Temperature scaling of a head's probabilities: each probability is raised to 1/T and the distribution normalised
/// again, which is softmax(logits / T). It never changes which label ranks first, only how sure the model says it is;
/// T is fitted on cross-validated predictions so that confidence matches accuracy (see <see cref="Training.ModelCalibrator"/>).
/// </summary>
internal static class ConfidenceCalibration
{
    /// <summary>The ranked labels with calibrated probabilities, in the same order.</summary>
    public static ScoredLabel<T>[] Apply<T>(ScoredLabel<T>[] ranked, float temperature)
        where T : struct, Enum
    {
        if (temperature == 1f || ranked.Length == 0)
        {
            return ranked;
        }

        var scaled = new double[ranked.Length];
        var sum = 0.0;
        for (var i = 0; i < ranked.Length; i++)
        {
            scaled[i] = Math.Pow(Math.Max(ranked[i].Probability, 1e-12), 1.0 / temperature);
            sum += scaled[i];
        }

        var result = new ScoredLabel<T>[ranked.Length];
        for (var i = 0; i < ranked.Length; i++)
        {
            result[i] = ranked[i] with { Probability = (float)(scaled[i] / sum) };
        }

        return result;
    }

    /// <summary>The calibrated probability of the label at <paramref name="index"/> of a distribution.</summary>
    public static float Calibrated(ReadOnlySpan<float> probabilities, int index, float temperature)
    {
        if (temperature == 1f)
        {
            return probabilities[index];
        }

        var sum = 0.0;
        foreach (var p in probabilities)
        {
            sum += Math.Pow(Math.Max(p, 1e-12), 1.0 / temperature);
        }

        return (float)(Math.Pow(Math.Max(probabilities[index], 1e-12), 1.0 / temperature) / sum);
    }

    /// <summary>
    /// The temperature that minimises the negative log-likelihood of the gold labels: a search over 0.25-4 in steps of
    /// 0.01 (the likelihood is smooth and has one minimum in T, so a grid is exact enough and needs no optimiser).
    /// </summary>
    /// <param name="probabilities">Each prediction's probabilities over every label.</param>
    /// <param name="gold">The index of each prediction's gold label in its probabilities.</param>
    public static float FitTemperature(IReadOnlyList<float[]> probabilities, IReadOnlyList<int> gold)
    {
        var best = (T: 1f, Loss: double.MaxValue);
        for (var step = 25; step <= 400; step++)
        {
            var t = step / 100f;
            var loss = 0.0;
            for (var i = 0; i < probabilities.Count; i++)
            {
                loss -= Math.Log(Math.Max(Calibrated(probabilities[i], gold[i], t), 1e-12));
            }

            if (loss < best.Loss)
            {
                best = (t, loss);
            }
        }

        return best.T;
    }
}
