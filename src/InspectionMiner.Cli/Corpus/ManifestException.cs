namespace InspectionMiner.Cli.Corpus;

/// <summary>The corpus manifest cannot be used: a required column is missing or a row is malformed.</summary>
internal sealed class ManifestException(string message) : Exception(message);
