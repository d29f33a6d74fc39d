namespace InspectionMiner.Cli.Corpus;

/// <summary>What happened to one document of a corpus download.</summary>
internal enum DownloadOutcome
{
    /// <summary>Fetched, its size and SHA-256 matched the manifest, and it was moved into place.</summary>
    Downloaded,

    /// <summary>A file with the manifest's size and SHA-256 was already in place; nothing was fetched.</summary>
    AlreadyThere,

    /// <summary>The manifest records no source URL for it (focused visits, seeds), and it is not in place.</summary>
    NoSourceUrl,

    /// <summary>It could not be fetched, or what came did not match the manifest; nothing was kept.</summary>
    Failed,
}
