using System.CommandLine;
using InspectionMiner.Classification;
using InspectionMiner.Embeddings;

namespace InspectionMiner.Cli;

/// <summary><c>--embeddings</c> and <c>--embed-below</c>: blend in the MiniLM embedding heads (<see cref="EmbeddingRefiner"/>).</summary>
internal sealed class EmbeddingOptions
{
    public EmbeddingOptions()
    {
        Below.Validators.Add(r =>
        {
            if (r.GetValueOrDefault<float?>() is { } v && v is not (>= 0f and <= 1f))
            {
                r.AddError("--embed-below is a confidence between 0 and 1.");
            }
        });
    }

    public Option<bool> On { get; } = new("--embeddings")
    {
        Description = "Blend in MiniLM sentence embeddings (InspectionMiner.Embeddings) for the type and area of every unit: more accurate on unseen documents (docs/accuracy.md), about a hundred times slower to classify.",
    };

    public Option<float?> Below { get; } = new("--embed-below")
    {
        Description = "With --embeddings: embed only the units whose model confidence (the lower of type and area) is below this. At 0.8 about a third of a corpus's units: three to four times faster, type and area as with every unit, themes a little less often right (docs/accuracy.md). Default: every unit.",
    };

    public void AddTo(Command command)
    {
        command.Options.Add(On);
        command.Options.Add(Below);
    }

    /// <summary><paramref name="classifier"/> with the embedding heads blended in when <c>--embeddings</c> is set; null after
    /// writing why the options do not go together.</summary>
    public FindingClassifier? Apply(ParseResult result, FindingClassifier classifier)
    {
        var below = result.GetValue(Below);
        if (!result.GetValue(On))
        {
            if (below is not null)
            {
                Console.Error.WriteLine("--embed-below applies with --embeddings.");
                return null;
            }

            return classifier;
        }

        return classifier.WithRefiner(EmbeddingRefiner.LoadEmbedded(below ?? 1f));
    }
}
