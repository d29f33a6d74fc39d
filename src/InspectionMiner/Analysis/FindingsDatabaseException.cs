namespace InspectionMiner.Analysis;

/// <summary>
/// A file that cannot be used as a findings database: not a SQLite file, made by a newer InspectionMiner, or holding
/// tables of another shape. <see cref="Exception.Message"/> names the file and the reason.
/// </summary>
/// <example>
/// <code>
/// try
/// {
///     await using var db = await FindingsDatabase.OpenAsync("findings.db", ct);
/// }
/// catch (FindingsDatabaseException e)
/// {
///     Console.Error.WriteLine(e.Message);   // "findings.db: not a findings database (file is not a database)"
/// }
/// </code>
/// </example>
public sealed class FindingsDatabaseException : Exception
{
    /// <summary>Creates the error for <paramref name="path"/>.</summary>
    public FindingsDatabaseException(string path, string reason, Exception? inner = null)
        : base($"{path}: {reason}", inner)
    {
        Path = path;
        Reason = reason;
    }

    /// <summary>The database file.</summary>
    public string Path { get; }

    /// <summary>Why it cannot be used.</summary>
    public string Reason { get; }
}
