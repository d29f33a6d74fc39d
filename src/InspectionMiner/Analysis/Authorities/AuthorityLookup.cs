using System.Globalization;
using InspectionMiner.Facts;

namespace InspectionMiner.Analysis;

/// <summary>
/// Finds the local authority a user names: its canonical name, an alias or a printed form ("London Borough of
/// Barnet", "Hull City Council"), its Ofsted URN ("80477") or its DfE LA code ("302"); and, for a name that denotes
/// none, the nearest names to suggest.
/// </summary>
/// <example>
/// <code>
/// if (AuthorityLookup.Find(args[0]) is { } la)
///     Console.WriteLine($"{la.Name} (URN {la.Urn}, LA {la.LaCode})");
/// else
///     Console.Error.WriteLine($"unknown authority '{args[0]}'; did you mean {string.Join(", ", AuthorityLookup.Suggest(args[0]))}?");
/// </code>
/// </example>
public static class AuthorityLookup
{
    /// <summary>The authority <paramref name="query"/> names (name, alias, printed form, URN or LA code), or null.</summary>
    public static LocalAuthority? Find(string query)
    {
        ArgumentNullException.ThrowIfNull(query);
        var q = query.Trim();
        if (q.Length == 0)
        {
            return null;
        }

        if (q.All(char.IsAsciiDigit))
        {
            return LocalAuthorities.ByLaCode(q) ?? (int.TryParse(q, NumberStyles.None, CultureInfo.InvariantCulture, out var urn) ? LocalAuthorities.ByUrn(urn) : null);
        }

        return LocalAuthorities.Resolve(q);
    }

    /// <summary>
    /// Up to <paramref name="count"/> canonical names nearest to <paramref name="query"/> (by edit distance of the name
    /// keys, names that start with or contain the query first).
    /// </summary>
    public static IReadOnlyList<string> Suggest(string query, int count = 3)
    {
        ArgumentNullException.ThrowIfNull(query);
        var key = AuthorityName.Key(query);
        return LocalAuthorities.All
            .SelectMany(la => la.Aliases.Prepend(la.Name).Select(name => (la.Name, Key: AuthorityName.Key(name))))
            .Select(c => (c.Name, Score: Score(key, c.Key)))
            .GroupBy(c => c.Name)
            .Select(g => (Name: g.Key, Score: g.Min(c => c.Score)))
            .OrderBy(c => c.Score).ThenBy(c => c.Name, StringComparer.Ordinal)
            .Take(count)
            .Select(c => c.Name)
            .ToList();
    }

    /// <summary>The documents of <paramref name="authority"/>: those whose resolved authority has its URN (or, unresolved, whose name resolves to it).</summary>
    public static IEnumerable<StoredDocument> DocumentsOf(IEnumerable<StoredDocument> documents, LocalAuthority authority)
    {
        ArgumentNullException.ThrowIfNull(documents);
        ArgumentNullException.ThrowIfNull(authority);
        return documents.Where(d => IdentityOf(d)?.Urn == authority.Urn);
    }

    /// <summary>The authority a stored document belongs to: its resolved identity, or its name resolved now, or null.</summary>
    public static LocalAuthority? IdentityOf(StoredDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        return document.LocalAuthority ?? (document.Authority is { } name ? LocalAuthorities.Resolve(name) : null);
    }

    private static int Score(string query, string candidate)
    {
        if (candidate.StartsWith(query, StringComparison.Ordinal))
        {
            return 0;
        }

        var distance = Levenshtein(query, candidate);
        return candidate.Contains(query, StringComparison.Ordinal) ? Math.Min(distance, 1) : distance;
    }

    private static int Levenshtein(string a, string b)
    {
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++)
        {
            previous[j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                current[j] = Math.Min(Math.Min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
            }

            (previous, current) = (current, previous);
        }

        return previous[b.Length];
    }
}
