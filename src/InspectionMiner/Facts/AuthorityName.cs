using System.Text;
using System.Text.RegularExpressions;

namespace InspectionMiner.Facts;

/// <summary>
/// Reduces an authority's name to the key the table is looked up by: lower case, "&amp;" as "and", hyphens and full
/// stops as spaces, without "London Borough of", "City of", "Council", "MBC", "Children's Services" and the like
/// ("Royal Borough of Kingston-upon-Thames Council" and "Kingston upon Thames" give "kingston upon thames").
/// </summary>
internal static partial class AuthorityName
{
    public static string Key(string name)
    {
        var s = name.Replace('’', '\'').Replace('‘', '\'').Replace('–', ' ').ToLowerInvariant();
        s = s.Replace("&", " and ").Replace('-', ' ').Replace('.', ' ').Replace("'s ", "s ").Replace("s' ", "s ");
        s = CityOfAfterName().Replace(s, string.Empty);
        s = Punctuation().Replace(s, " ");
        s = Spaces().Replace(s, " ").Trim();
        string before;
        do
        {
            before = s;
            s = Prefix().Replace(s, string.Empty);
            s = Suffix().Replace(s, string.Empty).Trim();
        }
        while (s != before && s.Length > 0);

        return s.Length > 0 ? s : before;
    }

    [GeneratedRegex(@",?\s+city\s+of\s*$")]
    private static partial Regex CityOfAfterName();

    [GeneratedRegex(@"[^\p{L}\p{N}\s]")]
    private static partial Regex Punctuation();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();

    [GeneratedRegex(@"^(?:the |london borough of |royal borough of |metropolitan borough of |borough of |county of |city and county of |council of the |city of (?!london$))")]
    private static partial Regex Prefix();

    [GeneratedRegex(@"(?: council| mbc| county| borough| city| metropolitan| district| unitary authority| local authority| childrens (?:social care )?services(?: trust)?| childrens trust| children and families trust)$")]
    private static partial Regex Suffix();
}
