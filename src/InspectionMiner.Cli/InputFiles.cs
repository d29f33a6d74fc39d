namespace InspectionMiner.Cli;

/// <summary>Expands the PATH arguments: files as given, directories recursively (sorted, hidden files skipped).</summary>
internal static class InputFiles
{
    private static readonly HashSet<string> Extensions = new(StringComparer.OrdinalIgnoreCase) { ".pdf", ".txt", ".md", ".text" };

    public static IReadOnlyList<string> Expand(IEnumerable<string> paths)
    {
        var files = new List<string>();
        foreach (var path in paths)
        {
            if (Directory.Exists(path))
            {
                files.AddRange(Directory.EnumerateFiles(path, "*", SearchOption.AllDirectories)
                    .Where(f => Extensions.Contains(Path.GetExtension(f)) && !Path.GetFileName(f).StartsWith('.'))
                    .Order(StringComparer.Ordinal));
            }
            else
            {
                files.Add(path); // a missing file is reported as a read error, not dropped
            }
        }

        return files;
    }
}
