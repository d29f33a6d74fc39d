using System.Collections.Frozen;
using System.Globalization;
using Microsoft.VisualBasic.FileIO;

namespace InspectionMiner.Facts;

/// <summary>
/// The English local authorities with children's services (155, with Cumbria, Northamptonshire and Poole, which others
/// replaced), from the table embedded in the library, and the lookup of a printed name to one of them.
/// </summary>
/// <example>
/// <code>
/// LocalAuthority? hull = LocalAuthorities.Resolve("Kingston Upon Hull City Council");   // also "Hull", "Hull City"
/// LocalAuthority? bcp = LocalAuthorities.Resolve("BCP Council");
/// LocalAuthority? same = LocalAuthorities.ByUrn(80477);
/// foreach (var la in LocalAuthorities.All.Where(a =&gt; a.Region == "London"))
///     Console.WriteLine($"{la.LaCode} {la.Name}");
/// </code>
/// </example>
public static class LocalAuthorities
{
    private static readonly Lazy<Table> Loaded = new(Load);

    /// <summary>Every authority in the table, in the table's order (alphabetical by name).</summary>
    public static IReadOnlyList<LocalAuthority> All => Loaded.Value.All;

    /// <summary>The authority with Ofsted URN <paramref name="urn"/>, or null.</summary>
    public static LocalAuthority? ByUrn(int urn) => Loaded.Value.ByUrn.GetValueOrDefault(urn);

    /// <summary>The authority with DfE LA code <paramref name="laCode"/> ("301"), or null.</summary>
    public static LocalAuthority? ByLaCode(string laCode) => Loaded.Value.ByLaCode.GetValueOrDefault(laCode.Trim());

    /// <summary>
    /// The authority a printed name denotes, or null when it denotes none: the canonical name, an alias ("Hull", "BCP",
    /// "Newcastle") or either with "London Borough of", "City of", "Council", "MBC", "Borough", "Children's Services" and the
    /// like around it, in any case, with "&amp;" or "and", hyphens or spaces ("Stoke-on-Trent City Council",
    /// "Royal Borough of Kingston-upon-Thames", "Bristol, City of").
    /// </summary>
    public static LocalAuthority? Resolve(string printedName)
    {
        ArgumentNullException.ThrowIfNull(printedName);
        return Loaded.Value.ByKey.GetValueOrDefault(AuthorityName.Key(printedName));
    }

    private static Table Load()
    {
        using var stream = typeof(LocalAuthorities).Assembly.GetManifestResourceStream("InspectionMiner.local-authorities.csv")
            ?? throw new InvalidOperationException("The local-authority table is not embedded in the library.");
        using var parser = new TextFieldParser(stream) { TextFieldType = FieldType.Delimited, HasFieldsEnclosedInQuotes = true, CommentTokens = ["#"] };
        parser.SetDelimiters(",");
        var header = parser.ReadFields() ?? throw new InvalidDataException("The local-authority table is empty.");
        var column = header.Select((name, i) => (name, i)).ToDictionary(p => p.name, p => p.i);
        var all = new List<LocalAuthority>();
        while (parser.ReadFields() is { } f)
        {
            string Cell(string name) => f[column[name]];
            string[] List(string name, char separator) => Cell(name).Split(separator, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            DateOnly? Date(string name) => Cell(name).Length == 0 ? null : DateOnly.ParseExact(Cell(name), "yyyy-MM-dd", CultureInfo.InvariantCulture);
            all.Add(new LocalAuthority(
                Cell("name"), int.Parse(Cell("urn"), CultureInfo.InvariantCulture), Cell("la_code"), NullIfEmpty(Cell("ons_code")),
                Cell("region"), Cell("region_code"), NullIfEmpty(Cell("la_type")), List("statistical_neighbours", ';'), List("aliases", '|'),
                Date("from"), Date("until"), List("successors", ';')));
        }

        var byKey = new Dictionary<string, LocalAuthority>(StringComparer.Ordinal);
        foreach (var la in all)
        {
            foreach (var name in la.Aliases.Prepend(la.Name))
            {
                var key = AuthorityName.Key(name);
                if (byKey.TryGetValue(key, out var other) && other != la)
                {
                    throw new InvalidDataException($"The local-authority table gives '{name}' to both {other.Name} and {la.Name}.");
                }

                byKey[key] = la;
            }
        }

        return new Table(all, byKey.ToFrozenDictionary(StringComparer.Ordinal), all.ToFrozenDictionary(a => a.Urn), all.ToFrozenDictionary(a => a.LaCode, StringComparer.Ordinal));
    }

    private static string? NullIfEmpty(string s) => s.Length == 0 ? null : s;

    private sealed record Table(
        IReadOnlyList<LocalAuthority> All,
        FrozenDictionary<string, LocalAuthority> ByKey,
        FrozenDictionary<int, LocalAuthority> ByUrn,
        FrozenDictionary<string, LocalAuthority> ByLaCode);
}
