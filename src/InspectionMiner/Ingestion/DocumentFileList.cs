namespace InspectionMiner.Ingestion;

/// <summary>
/// The files a batch will read, in order, and the folders that could not be searched (each a typed failure naming
/// the folder and the reason). Made by <see cref="DocumentFiles.Expand"/>.
/// </summary>
/// <param name="Files">Files to read, in the order given (folders' files sorted by path).</param>
/// <param name="Failures">Folders that could not be opened: <see cref="ReadFailureReason.PermissionDenied"/> and the like.</param>
/// <example>
/// <code>
/// DocumentFileList input = DocumentFiles.Expand(["reports", "extra/letter.pdf"]);
/// foreach (var failure in input.Failures)
///     Console.Error.WriteLine(failure.Message);     // e.g. "reports/private: permission denied: ..."
/// Console.WriteLine($"{input.Files.Count} files to mine");
/// </code>
/// </example>
public sealed record DocumentFileList(IReadOnlyList<string> Files, IReadOnlyList<DocumentReadException> Failures)
{
    /// <summary>A list of files given one by one, with no folder to search.</summary>
    public static DocumentFileList Of(IEnumerable<string> files) => new(files.ToList(), []);
}
