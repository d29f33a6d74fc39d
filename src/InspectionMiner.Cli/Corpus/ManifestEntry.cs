namespace InspectionMiner.Cli.Corpus;

/// <summary>
/// One row of the corpus manifest (<c>corpus/manifest.csv</c>): a document's path relative to the corpus root
/// (<c>ilacs/barking-and-dagenham/2014-07-07.pdf</c>), its collection, where Ofsted served it (null where the
/// source recorded no URL) and the size and lowercase hex SHA-256 the file must have.
/// </summary>
internal sealed record ManifestEntry(string Document, string Collection, string? SourceUrl, long Bytes, string Sha256)
{
    /// <summary>Where the document goes under <paramref name="root"/>, with the platform's separators.</summary>
    public string PathUnder(string root) => Path.Combine(root, Document.Replace('/', Path.DirectorySeparatorChar));
}
