using System.CommandLine;
using InspectionMiner.Classification;

namespace InspectionMiner.Cli;

/// <summary>Arguments shared by several commands.</summary>
internal static class CommonOptions
{
    public static Argument<string[]> Paths() => new("PATH")
    {
        Description = "Files or directories (searched recursively for .pdf, .txt and .md files).",
        Arity = ArgumentArity.OneOrMore,
    };

    /// <summary><c>--raw-csv</c>: CSV without the byte order mark and the formula guard (<see cref="Output.CsvOutput"/>).</summary>
    public static Option<bool> RawCsv() => new("--raw-csv")
    {
        Description = "CSV for programs, not spreadsheets: no UTF-8 byte order mark, and cells starting with = + - @ tab or CR are written as they are (by default they get a leading ').",
    };
}

/// <summary>The exit codes of the stable command-line contract.</summary>
internal static class ExitCodes
{
    public const int Success = 0;
    public const int UsageError = 1;
    public const int SomeFilesFailed = 2;
}

/// <summary>The <c>--model PATH</c> option of every command that classifies, and the classifier it names.</summary>
internal static class ModelOption
{
    public static Option<string?> Create() => new("--model")
    {
        Description = "Classify with this model: the findings-model.zip that train --out writes, or its folder (default: the model embedded in the library).",
    };

    /// <summary><c>--embeddings</c>: blend in the MiniLM embedding heads (<see cref="Embeddings.EmbeddingRefiner"/>).</summary>
    public static Option<bool> Embeddings() => new("--embeddings")
    {
        Description = "Blend in MiniLM sentence embeddings (InspectionMiner.Embeddings) for the type and area of every unit: more accurate on unseen documents (docs/accuracy.md), about a hundred times slower to classify.",
    };

    /// <summary>The classifier <paramref name="option"/> names, with the embedding heads blended in when <paramref name="embeddings"/> is set.</summary>
    public static FindingClassifier? Load(ParseResult result, Option<string?> option, Option<bool> embeddings)
    {
        var classifier = Load(result, option);
        return classifier is not null && result.GetValue(embeddings) ? classifier.WithRefiner(InspectionMiner.Embeddings.EmbeddingRefiner.LoadEmbedded()) : classifier;
    }

    /// <summary>The model <paramref name="option"/> names, or the embedded one; null after writing why it cannot be loaded.</summary>
    public static FindingClassifier? Load(ParseResult result, Option<string?> option)
    {
        if (result.GetValue(option) is not { } path)
        {
            return FindingClassifier.LoadEmbedded();
        }

        try
        {
            return FindingClassifier.Load(path);
        }
        catch (Exception e) when (e is FileNotFoundException or InvalidDataException)
        {
            Console.Error.WriteLine(e.Message);
            return null;
        }
    }
}
