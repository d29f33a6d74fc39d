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

    /// <summary>The classifier <paramref name="option"/> names, with the embedding heads blended in as <paramref name="embeddings"/> say.</summary>
    public static FindingClassifier? Load(ParseResult result, Option<string?> option, EmbeddingOptions embeddings) =>
        Load(result, option) is { } classifier ? embeddings.Apply(result, classifier) : null;

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
