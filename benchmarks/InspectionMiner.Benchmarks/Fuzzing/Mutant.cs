namespace InspectionMiner.Fuzzing;

/// <summary>One generated input: its bytes, the file name it is mined under, and how it was made.</summary>
public sealed record Mutant(int Number, string Source, string Mutation, string FileName, byte[] Bytes);
