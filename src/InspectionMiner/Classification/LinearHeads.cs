using InspectionMiner.Labels;
using Microsoft.ML;
using Microsoft.ML.Calibrators;
using Microsoft.ML.Data;
using Microsoft.ML.Trainers;

namespace InspectionMiner.Classification;

/// <summary>
/// The model's heads scored directly from their learned weights: softmax over the maximum-entropy type and area
/// weights, and the Platt-calibrated logistic theme heads. ML.NET trains and stores them; scoring them here instead of
/// through 46 per-row pipeline transforms is what makes classification fast (the featuriser stays ML.NET's).
/// The results equal the pipeline's (tested).
/// </summary>
internal sealed class LinearHeads
{
    private readonly float[][] _typeWeights;
    private readonly float[] _typeBias;
    private readonly float[][] _areaWeights;
    private readonly float[] _areaBias;
    private readonly float[][] _themeWeights;
    private readonly float[] _themeBias;
    private readonly (double Slope, double Offset)[] _themePlatt;

    private LinearHeads(ITransformer featurizer, float[][] typeWeights, float[] typeBias, float[][] areaWeights, float[] areaBias, float[][] themeWeights, float[] themeBias, (double, double)[] themePlatt)
    {
        Featurizer = featurizer;
        _typeWeights = typeWeights;
        _typeBias = typeBias;
        _areaWeights = areaWeights;
        _areaBias = areaBias;
        _themeWeights = themeWeights;
        _themeBias = themeBias;
        _themePlatt = themePlatt;
    }

    /// <summary>The featuriser: the first transformer of the chain.</summary>
    public ITransformer Featurizer { get; }

    /// <summary>Reads the heads from a trained chain, or returns null when the chain is not of the expected shape.</summary>
    public static LinearHeads? TryRead(ITransformer model)
    {
        if (model is not TransformerChain<ITransformer> chain)
        {
            return null;
        }

        var parts = chain.ToList();
        var multiclass = parts.Select(p => (p as IPredictionTransformer<object>)?.Model).OfType<MaximumEntropyModelParameters>().ToList();
        var binary = parts.Select(p => (p as IPredictionTransformer<object>)?.Model).OfType<CalibratedModelParametersBase<LinearBinaryModelParameters, PlattCalibrator>>().ToList();
        if (multiclass.Count != 2 || binary.Count != Enum.GetValues<Theme>().Length)
        {
            return null;
        }

        (float[][] W, float[] B) Multi(MaximumEntropyModelParameters m)
        {
            VBuffer<float>[] weights = [];
            m.GetWeights(ref weights, out var classes);
            return (weights.Take(classes).Select(w => w.DenseValues().ToArray()).ToArray(), m.GetBiases().ToArray());
        }

        var (tw, tb) = Multi(multiclass[0]);
        var (aw, ab) = Multi(multiclass[1]);
        return new LinearHeads(parts[0], tw, tb, aw, ab,
            binary.Select(b => b.SubModel.Weights.ToArray()).ToArray(),
            binary.Select(b => b.SubModel.Bias).ToArray(),
            binary.Select(b => (b.Calibrator.Slope, b.Calibrator.Offset)).ToArray());
    }

    /// <summary>Scores one feature vector into the pipeline's three outputs.</summary>
    /// <param name="features">The featuriser's output for one unit.</param>
    /// <param name="output">Receives the scores (its arrays are reused).</param>
    /// <param name="typeOnly">Score the finding type only.</param>
    public void Score(in VBuffer<float> features, ModelOutput output, bool typeOnly = false)
    {
        output.TypeScore = Softmax(_typeWeights, _typeBias, features, output.TypeScore);
        if (typeOnly)
        {
            return;
        }

        output.AreaScore = Softmax(_areaWeights, _areaBias, features, output.AreaScore);
        var themes = output.ThemeScores.Length == _themeWeights.Length ? output.ThemeScores : new float[_themeWeights.Length];
        for (var t = 0; t < themes.Length; t++)
        {
            var score = Dot(_themeWeights[t], features) + _themeBias[t];
            themes[t] = (float)(1.0 / (1.0 + Math.Exp((_themePlatt[t].Slope * score) + _themePlatt[t].Offset)));
        }

        output.ThemeScores = themes;
    }

    private static float[] Softmax(float[][] weights, float[] bias, in VBuffer<float> x, float[] into)
    {
        var result = into.Length == weights.Length ? into : new float[weights.Length];
        var max = double.NegativeInfinity;
        Span<double> logits = stackalloc double[weights.Length];
        for (var k = 0; k < weights.Length; k++)
        {
            logits[k] = Dot(weights[k], x) + bias[k];
            max = Math.Max(max, logits[k]);
        }

        double sum = 0;
        for (var k = 0; k < logits.Length; k++)
        {
            logits[k] = Math.Exp(logits[k] - max);
            sum += logits[k];
        }

        for (var k = 0; k < logits.Length; k++)
        {
            result[k] = (float)(logits[k] / sum);
        }

        return result;
    }

    private static double Dot(float[] w, in VBuffer<float> x)
    {
        var values = x.GetValues();
        double sum = 0;
        if (x.IsDense)
        {
            for (var i = 0; i < values.Length && i < w.Length; i++)
            {
                sum += w[i] * values[i];
            }

            return sum;
        }

        var indices = x.GetIndices();
        for (var i = 0; i < values.Length; i++)
        {
            var j = indices[i];
            if (j < w.Length)
            {
                sum += w[j] * values[i];
            }
        }

        return sum;
    }
}
