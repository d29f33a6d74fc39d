using System.CommandLine;

namespace InspectionMiner.Cli;

/// <summary>Arguments shared by several commands.</summary>
internal static class CommonOptions
{
    public static Argument<string[]> Paths() => new("PATH")
    {
        Description = "Files or directories (searched recursively for .pdf, .txt and .md files).",
        Arity = ArgumentArity.OneOrMore,
    };
}

/// <summary>The exit codes of the stable command-line contract.</summary>
internal static class ExitCodes
{
    public const int Success = 0;
    public const int UsageError = 1;
    public const int SomeFilesFailed = 2;
}
