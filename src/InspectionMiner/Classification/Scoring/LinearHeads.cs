using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using InspectionMiner.Labels;
using Microsoft.ML;
using Microsoft.ML.Calibrators;
using Microsoft.ML.Data;
using Microsoft.ML.Trainers;

namespace InspectionMiner.Classification;

/// <summary>
/// The model's heads scored directly from their learned weights: softmax over the maximum-entropy type and area
/// weights (the area with structure and from text and heading alone; type and area from text alone when the model has
/// those heads), and the Platt-calibrated
/// logistic theme heads. ML.NET trains and stores them; scoring them here instead of
/// through 46 per-row pipeline transforms is what makes classification fast (the featuriser stays ML.NET's).
/// The results equal the pipeline's (tested).
/// </summary>
internal sealed class LinearHeads
{
    private readonly int _types;
    private readonly int _areas;
    private readonly int _textAreas;
    private readonly int _plainAreas;
    private readonly int _plainTypes;
    private readonly int _heads;
    private readonly int _rawHeads;
    private readonly int _dimensions;

    // Feature-major weights: the weights of all heads for feature i sit together at [i * _heads ..], so one
    // feature's contribution to every head is one contiguous read (head-major arrays missed the cache per head).
    // The heads for raw sentences (area with a heading; area and type without one) have a table of their own, so a
    // unit with structure, nearly every unit mined, reads none of their weights.
    private readonly float[] _weights;
    private readonly float[] _rawWeights;
    private readonly float[] _typeBias;
    private readonly float[] _areaBias;
    private readonly float[] _textAreaBias;
    private readonly float[] _plainAreaBias;
    private readonly float[] _plainTypeBias;
    private readonly float[] _themeBias;
    private readonly (double Slope, double Offset)[] _themePlatt;

    private LinearHeads(ITransformer featurizer, (float[][] W, float[] B) type, (float[][] W, float[] B) area, (float[][] W, float[] B) textArea, (float[][] W, float[] B) plainArea, (float[][] W, float[] B) plainType, float[][] themeWeights, float[] themeBias, (double, double)[] themePlatt)
    {
        Featurizer = featurizer;
        float[][] structure = [.. type.W, .. area.W, .. themeWeights];
        float[][] raw = [.. textArea.W, .. plainArea.W, .. plainType.W];
        _types = type.W.Length;
        _areas = area.W.Length;
        _textAreas = textArea.W.Length;
        _plainAreas = plainArea.W.Length;
        _plainTypes = plainType.W.Length;
        _heads = structure.Length;
        _rawHeads = raw.Length;
        _dimensions = structure.Concat(raw).Max(w => w.Length);
        _weights = FeatureMajor(structure, _dimensions);
        _rawWeights = FeatureMajor(raw, _dimensions);

        _typeBias = type.B;
        _areaBias = area.B;
        _textAreaBias = textArea.B;
        _plainAreaBias = plainArea.B;
        _plainTypeBias = plainType.B;
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
        if (multiclass.Count is not (3 or 5) || binary.Count != Enum.GetValues<Theme>().Length)
        {
            return null;
        }

        (float[][] W, float[] B) Multi(MaximumEntropyModelParameters m)
        {
            VBuffer<float>[] weights = [];
            m.GetWeights(ref weights, out var classes);
            return (weights.Take(classes).Select(w => w.DenseValues().ToArray()).ToArray(), m.GetBiases().ToArray());
        }

        // Type, area, and the raw-sentence heads: area from text and heading, then area and type from text alone (absent
        // from a model trained without text-only copies).
        return new LinearHeads(parts[0], Multi(multiclass[0]), Multi(multiclass[1]), Multi(multiclass[2]),
            multiclass.Count == 5 ? Multi(multiclass[3]) : ([], []), multiclass.Count == 5 ? Multi(multiclass[4]) : ([], []),
            binary.Select(b => b.SubModel.Weights.ToArray()).ToArray(),
            binary.Select(b => b.SubModel.Bias).ToArray(),
            binary.Select(b => (b.Calibrator.Slope, b.Calibrator.Offset)).ToArray());
    }

    /// <summary>Scores one feature vector into the pipeline's three outputs.</summary>
    /// <param name="features">The featuriser's output for one unit.</param>
    /// <param name="output">Receives the scores (its arrays are reused).</param>
    /// <param name="typeOnly">Score the finding type only.</param>
    /// <param name="known">What is known of the unit, which picks the heads: the raw-sentence heads are scored only for raw sentences.</param>
    public void Score(in VBuffer<float> features, ModelOutput output, bool typeOnly = false, ScoringHeads known = ScoringHeads.Structure)
    {
        Span<double> sums = stackalloc double[_heads];
        Span<double> rawSums = stackalloc double[_rawHeads];
        sums.Clear();
        rawSums.Clear();
        var plain = known == ScoringHeads.Plain && _plainTypes > 0;
        var text = known == ScoringHeads.Text && !typeOnly;
        var heads = typeOnly ? _types : _heads;
        var rawHeads = plain || text ? _rawHeads : 0;
        var values = features.GetValues();
        var indices = features.IsDense ? default : features.GetIndices();
        for (var k = 0; k < values.Length; k++)
        {
            var i = features.IsDense ? k : indices[k];
            if (i < _dimensions)
            {
                Accumulate(_weights, _heads, sums, heads, i, values[k]);
                if (rawHeads > 0)
                {
                    Accumulate(_rawWeights, _rawHeads, rawSums, rawHeads, i, values[k]);
                }
            }
        }

        output.TypeScore = Softmax(sums[.._types], _typeBias, output.TypeScore);
        output.TypePlainScore = plain ? Softmax(rawSums[(_textAreas + _plainAreas)..], _plainTypeBias, output.TypePlainScore) : [];
        if (typeOnly)
        {
            return;
        }

        output.AreaScore = Softmax(sums.Slice(_types, _areas), _areaBias, output.AreaScore);
        output.AreaTextScore = text ? Softmax(rawSums[.._textAreas], _textAreaBias, output.AreaTextScore) : [];
        output.AreaPlainScore = plain ? Softmax(rawSums.Slice(_textAreas, _plainAreas), _plainAreaBias, output.AreaPlainScore) : [];
        var themeSums = sums[(_types + _areas)..];
        var themes = output.ThemeScores.Length == themeSums.Length ? output.ThemeScores : new float[themeSums.Length];
        for (var t = 0; t < themes.Length; t++)
        {
            var score = themeSums[t] + _themeBias[t];
            themes[t] = (float)(1.0 / (1.0 + Math.Exp((_themePlatt[t].Slope * score) + _themePlatt[t].Offset)));
        }

        output.ThemeScores = themes;
    }

    private static float[] FeatureMajor(float[][] heads, int dimensions)
    {
        var weights = new float[dimensions * heads.Length];
        for (var h = 0; h < heads.Length; h++)
        {
            for (var i = 0; i < heads[h].Length; i++)
            {
                weights[(i * heads.Length) + h] = heads[h][i];
            }
        }

        return weights;
    }

    private static void Accumulate(float[] weights, int stride, Span<double> sums, int heads, int feature, float value)
    {
        // Each head adds a float product in double, as a per-head dot product would; eight heads at a time where the
        // hardware allows (the same two operations per head, so the same sums).
        var row = weights.AsSpan(feature * stride, heads);
        var h = 0;
        if (Vector256.IsHardwareAccelerated && sums.Length >= row.Length)
        {
            ref var w = ref MemoryMarshal.GetReference(row);
            ref var s = ref MemoryMarshal.GetReference(sums);
            var v = Vector256.Create(value);
            for (; h <= row.Length - 8; h += 8)
            {
                var (lower, upper) = Vector256.Widen(Vector256.LoadUnsafe(ref w, (nuint)h) * v);
                (Vector256.LoadUnsafe(ref s, (nuint)h) + lower).StoreUnsafe(ref s, (nuint)h);
                (Vector256.LoadUnsafe(ref s, (nuint)h + 4) + upper).StoreUnsafe(ref s, (nuint)h + 4);
            }
        }

        for (; h < row.Length; h++)
        {
            sums[h] += row[h] * value;
        }
    }

    private static float[] Softmax(ReadOnlySpan<double> dots, float[] bias, float[] into)
    {
        var result = into.Length == dots.Length ? into : new float[dots.Length];
        var max = double.NegativeInfinity;
        Span<double> logits = stackalloc double[dots.Length];
        for (var k = 0; k < dots.Length; k++)
        {
            logits[k] = dots[k] + bias[k];
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
}
