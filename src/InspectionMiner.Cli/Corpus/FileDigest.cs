using System.Security.Cryptography;

namespace InspectionMiner.Cli.Corpus;

/// <summary>A file's size and lowercase hex SHA-256, the two things the manifest pins for every document.</summary>
internal readonly record struct FileDigest(long Bytes, string Sha256)
{
    /// <summary>Reads and hashes the file at <paramref name="path"/>.</summary>
    public static async Task<FileDigest> OfFileAsync(string path, CancellationToken cancellationToken)
    {
        await using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, useAsync: true);
        var hash = await SHA256.HashDataAsync(stream, cancellationToken).ConfigureAwait(false);
        return new FileDigest(stream.Length, Convert.ToHexStringLower(hash));
    }

    /// <summary>
    /// True when a file is at <paramref name="path"/> with the entry's size and SHA-256. The size is compared first,
    /// so a partial or different file costs no hashing.
    /// </summary>
    public static async Task<bool> MatchesAsync(string path, ManifestEntry entry, CancellationToken cancellationToken)
    {
        var info = new FileInfo(path);
        if (!info.Exists || info.Length != entry.Bytes)
        {
            return false;
        }

        return (await OfFileAsync(path, cancellationToken).ConfigureAwait(false)).Sha256 == entry.Sha256;
    }
}
