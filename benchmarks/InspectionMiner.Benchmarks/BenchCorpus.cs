namespace InspectionMiner.Benchmarks;

/// <summary>Finds the real corpus the benchmarks run on.</summary>
internal static class BenchCorpus
{
    /// <summary>The repository root (the folder holding InspectionMiner.sln).</summary>
    public static string RepoRoot
    {
        get
        {
            var dir = new DirectoryInfo(AppContext.BaseDirectory);
            while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "InspectionMiner.sln")))
            {
                dir = dir.Parent;
            }

            return dir?.FullName ?? ".";
        }
    }

    public static string Root
    {
        get
        {
            var env = Environment.GetEnvironmentVariable("IM_CORPUS");
            return !string.IsNullOrEmpty(env) ? env : Path.GetFullPath(Path.Combine(RepoRoot, "..", "shared", "corpus"));
        }
    }

    /// <summary>Every real PDF of the ILACS corpus (the HTML error pages named .pdf are left out).</summary>
    public static IReadOnlyList<string> IlacsPdfs() =>
        Directory.GetFiles(Path.Combine(Root, "ilacs"), "*.pdf", SearchOption.AllDirectories)
            .Where(f => File.ReadAllBytes(f).AsSpan(0, 5).SequenceEqual("%PDF-"u8))
            .Order(StringComparer.Ordinal)
            .ToList();
}
