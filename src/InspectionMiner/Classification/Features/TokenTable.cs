using System.Numerics;

namespace InspectionMiner.Classification;

/// <summary>
/// A fixed vocabulary of tokens with a value each, looked up from spans without building or comparing strings: an
/// open-addressing table of 64-bit FNV-1a keys with their values side by side (one cache line per lookup). At 64 bits
/// two tokens of a vocabulary sharing a key is a one-in-10¹⁰ event; <see cref="TryCreate"/> refuses such a
/// vocabulary rather than let one token shadow the other. Immutable once built.
/// </summary>
/// <typeparam name="TValue">What each token maps to.</typeparam>
internal sealed class TokenTable<TValue>
    where TValue : struct
{
    private readonly (ulong Key, TValue Value)[] _entries;
    private readonly int _shift;

    private TokenTable((ulong Key, TValue Value)[] entries, int shift, int count)
    {
        _entries = entries;
        _shift = shift;
        Count = count;
    }

    /// <summary>How many tokens it holds.</summary>
    public int Count { get; }

    /// <summary>The table of <paramref name="tokens"/>, or null when two of them share a key.</summary>
    public static TokenTable<TValue>? TryCreate(IReadOnlyCollection<KeyValuePair<string, TValue>> tokens)
    {
        var bits = BitOperations.Log2(BitOperations.RoundUpToPowerOf2((uint)Math.Max(16, tokens.Count * 2)));
        var shift = 64 - bits;
        var entries = new (ulong Key, TValue Value)[1 << bits];
        var mask = entries.Length - 1;
        foreach (var (token, value) in tokens)
        {
            var key = KeyOf(token);
            var i = Slot(key, shift);
            while (entries[i].Key != 0)
            {
                if (entries[i].Key == key)
                {
                    return null;
                }

                i = (i + 1) & mask;
            }

            entries[i] = (key, value);
        }

        return new TokenTable<TValue>(entries, shift, tokens.Count);
    }

    /// <summary>The key of <paramref name="token"/> (FNV-1a, 64 bits); never 0, which marks an empty slot.</summary>
    public static ulong KeyOf(ReadOnlySpan<char> token)
    {
        var hash = 14695981039346656037UL;
        foreach (var c in token)
        {
            hash = (hash ^ c) * 1099511628211UL;
        }

        return hash == 0 ? 1 : hash;
    }

    /// <summary>The value of the token whose key is <paramref name="key"/>, if the table holds it.</summary>
    public bool TryGetValue(ulong key, out TValue value)
    {
        var mask = _entries.Length - 1;
        for (var i = Slot(key, _shift); ; i = (i + 1) & mask)
        {
            var entry = _entries[i];
            if (entry.Key == key)
            {
                value = entry.Value;
                return true;
            }

            if (entry.Key == 0)
            {
                value = default;
                return false;
            }
        }
    }

    private static int Slot(ulong key, int shift) => (int)((key * 0x9E3779B97F4A7C15UL) >> shift);
}
