using InspectionMiner.Structure;

namespace InspectionMiner.Tests;

/// <summary>Locates the real Ofsted corpus in ../shared and the project's own samples.</summary>
internal static class TestCorpus
{
    private static readonly DocumentParser Parser = new();

    public static string RepoRoot { get; } = FindRoot();

    public static string Shared { get; } = Path.GetFullPath(Path.Combine(RepoRoot, "..", "shared", "corpus"));

    public static string Ilacs(string relative) => Existing(Path.Combine(Shared, "ilacs", relative));

    public static string FocusedVisit(string relative) => Existing(Path.Combine(Shared, "focused-visits", relative));

    public static string Seed(string prefix) => Directory.GetFiles(Path.Combine(Shared, "seeds"), prefix + "_*.txt").Single();

    public static string Sample(string name) => Existing(Path.Combine(RepoRoot, "corpus", "samples", name));

    public static Task<InspectionDocument> ParseAsync(string path) => Parser.ParseAsync(path);

    public static string TempFile(byte[] content, string extension = ".pdf")
    {
        var path = Path.Combine(Path.GetTempPath(), "im-test-" + Guid.NewGuid().ToString("N") + extension);
        File.WriteAllBytes(path, content);
        return path;
    }

    private static string Existing(string path) =>
        File.Exists(path) ? path : throw new FileNotFoundException($"Test corpus file missing: {path} (the tests need ../shared beside the repository)", path);

    private static string FindRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "InspectionMiner.sln")))
        {
            dir = dir.Parent;
        }

        return dir?.FullName ?? throw new InvalidOperationException("InspectionMiner.sln not found above " + AppContext.BaseDirectory);
    }
}
