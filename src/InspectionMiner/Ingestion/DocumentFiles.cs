namespace InspectionMiner.Ingestion;

/// <summary>
/// Expands the paths a user gives into the files to read: files as given (a missing one is kept, so that reading it
/// reports it), folders searched recursively for <c>.pdf</c>, <c>.txt</c>, <c>.md</c> and <c>.text</c> files, hidden
/// ones skipped. A folder that cannot be opened becomes a typed failure and the search goes on; a folder already
/// searched (reached again through a symbolic link, such as <c>sub/up → ..</c>) is not searched again.
/// </summary>
/// <example>
/// <code>
/// var input = DocumentFiles.Expand(["corpus"]);
/// await foreach (var r in miner.MineManyAsync(input.Files, cancellationToken: ct)) { /* ... */ }
/// </code>
/// </example>
public static class DocumentFiles
{
    private static readonly HashSet<string> Extensions = new(StringComparer.OrdinalIgnoreCase) { ".pdf", ".txt", ".md", ".text" };

    /// <summary>The files under <paramref name="paths"/>, and the folders that could not be searched.</summary>
    public static DocumentFileList Expand(IEnumerable<string> paths)
    {
        ArgumentNullException.ThrowIfNull(paths);
        var files = new List<string>();
        var failures = new List<DocumentReadException>();
        var visited = new HashSet<(ulong, ulong)>();
        foreach (var path in paths)
        {
            var probe = FileProbe.Probe(path);
            if (probe.Kind == FileKind.Directory)
            {
                var found = new List<string>();
                Search(path, probe, found, failures, visited);
                files.AddRange(found.Order(StringComparer.Ordinal));
            }
            else
            {
                files.Add(path); // a missing or unreadable file is reported when it is read, not dropped
            }
        }

        return new DocumentFileList(files, failures);
    }

    private static void Search(string root, FileProbeResult rootProbe, List<string> found, List<DocumentReadException> failures, HashSet<(ulong, ulong)> visited)
    {
        var folders = new Stack<string>();
        if (visited.Add(rootProbe.Identity))
        {
            folders.Push(root);
        }

        while (folders.TryPop(out var folder))
        {
            IEnumerable<string> entries;
            try
            {
                entries = Directory.EnumerateFileSystemEntries(folder).ToList();
            }
            catch (UnauthorizedAccessException)
            {
                failures.Add(FolderFailure(folder, ReadFailureReason.PermissionDenied, "permission denied"));
                continue;
            }
            catch (IOException e)
            {
                failures.Add(FolderFailure(folder, ReadFailureReason.ReadError, e is PathTooLongException ? "its path is too long" : "the file system reported an error"));
                continue;
            }

            foreach (var entry in entries)
            {
                if (System.IO.Path.GetFileName(entry).StartsWith('.'))
                {
                    continue;
                }

                var probe = FileProbe.Probe(entry);
                switch (probe.Kind)
                {
                    case FileKind.Directory:
                        if (visited.Add(probe.Identity))
                        {
                            folders.Push(entry);
                        }

                        break;
                    case FileKind.PermissionDenied when !Extensions.Contains(System.IO.Path.GetExtension(entry)):
                        break;
                    default:
                        if (Extensions.Contains(System.IO.Path.GetExtension(entry)))
                        {
                            found.Add(entry);
                        }

                        break;
                }
            }
        }
    }

    private static DocumentReadException FolderFailure(string folder, ReadFailureReason reason, string why) =>
        new(folder, reason, $"the folder cannot be opened ({why}); its files are skipped");
}
