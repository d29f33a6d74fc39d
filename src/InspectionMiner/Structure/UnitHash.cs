using System.Security.Cryptography;
using System.Text;

namespace InspectionMiner.Structure;

/// <summary>
/// The stable key of a unit's text: the first 16 hex digits of the SHA-256 of its normalised form
/// (lower case, letters and digits only, single spaces), so that quotes, dashes and spacing do not matter.
/// Annotations refer to units by document path and this key.
/// </summary>
internal static class UnitHash
{
    /// <summary>The normalised form of <paramref name="text"/>.</summary>
    public static string Normalise(string text)
    {
        var builder = new StringBuilder(text.Length);
        var space = false;
        foreach (var c in text)
        {
            if (char.IsLetterOrDigit(c))
            {
                if (space && builder.Length > 0)
                {
                    builder.Append(' ');
                }

                builder.Append(char.ToLowerInvariant(c));
                space = false;
            }
            else
            {
                space = true;
            }
        }

        return builder.ToString();
    }

    /// <summary>The key of <paramref name="text"/>.</summary>
    public static string Of(string text)
    {
        var bytes = SHA256.HashData(Encoding.UTF8.GetBytes(Normalise(text)));
        return Convert.ToHexStringLower(bytes, 0, 8);
    }
}
