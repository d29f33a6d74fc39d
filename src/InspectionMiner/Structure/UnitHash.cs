using System.Buffers;
using System.IO.Hashing;
using System.Text;

namespace InspectionMiner.Structure;

/// <summary>
/// The stable key of a unit's text: the XXH3 64-bit hash (seed 0, as 16 lower-case hex digits) of the UTF-8 bytes
/// of its normalised form (lower case, letters and digits only, single spaces), so that quotes, dashes and spacing
/// do not matter. Annotations refer to units by document path and this key; anyone can recompute it, e.g. in
/// Python with <c>xxhash.xxh3_64_hexdigest(normalised.encode())</c>.
/// </summary>
internal static class UnitHash
{
    /// <summary>The key of <paramref name="text"/>.</summary>
    public static string Of(string text)
    {
        var chars = ArrayPool<char>.Shared.Rent(text.Length);
        var bytes = ArrayPool<byte>.Shared.Rent(Encoding.UTF8.GetMaxByteCount(text.Length));
        try
        {
            var length = Normalise(text, chars);
            var byteCount = Encoding.UTF8.GetBytes(chars.AsSpan(0, length), bytes);
            Span<byte> hash = stackalloc byte[8];
            XxHash3.Hash(bytes.AsSpan(0, byteCount), hash); // big-endian: the same digits as the 64-bit value in hex
            return Convert.ToHexStringLower(hash);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(bytes);
            ArrayPool<char>.Shared.Return(chars);
        }
    }

    /// <summary>Writes the normalised form of <paramref name="text"/> into <paramref name="output"/>; returns its length.</summary>
    private static int Normalise(string text, Span<char> output)
    {
        var length = 0;
        var space = false;
        foreach (var c in text)
        {
            if (TextFold.IsWordChar(c))
            {
                if (space && length > 0)
                {
                    output[length++] = ' ';
                }

                output[length++] = TextFold.Lower(c);
                space = false;
            }
            else
            {
                space = true;
            }
        }

        return length;
    }
}
