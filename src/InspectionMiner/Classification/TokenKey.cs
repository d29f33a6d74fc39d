namespace InspectionMiner.Classification;

/// <summary>
/// A 64-bit FNV-1a key of a token's characters, for the fixed vocabularies the classifier looks tokens up in without
/// building strings: at 64 bits, two of a vocabulary's tokens sharing a key is a one-in-10¹⁰ event, and the tables
/// that use it check their own vocabulary for it when they are built.
/// </summary>
internal static class TokenKey
{
    /// <summary>The key of <paramref name="token"/>; never 0, which the tables use for an empty slot.</summary>
    public static ulong Of(ReadOnlySpan<char> token)
    {
        var hash = 14695981039346656037UL;
        foreach (var c in token)
        {
            hash = (hash ^ c) * 1099511628211UL;
        }

        return hash == 0 ? 1 : hash;
    }

    /// <summary>The first slot to probe for <paramref name="key"/> in an open-addressing table of 2^(64 - shift) slots.</summary>
    public static int Slot(ulong key, int shift) => (int)((key * 0x9E3779B97F4A7C15UL) >> shift);
}
