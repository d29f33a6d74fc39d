using System.Text.RegularExpressions;
using InspectionMiner.Labels;
using InspectionMiner.Layout;
using InspectionMiner.Structure;

namespace InspectionMiner.Facts;

/// <summary>Reads the local authority's name as the document prints it.</summary>
internal static partial class AuthorityReader
{
    /// <summary>
    /// The document's local authority: the first name it prints where Ofsted or a council names the authority a
    /// document is about (the name above the title, the title, the summary sentence, a letter's addressee; in a council's
    /// own report, the place its children's services are in or the council it names most) that the table of English
    /// authorities knows. A name the table does not know gives no authority and a warning: no other authority the text
    /// mentions is taken in its place.
    /// </summary>
    public static AuthorityFact Read(IReadOnlyList<LayoutBlock> blocks, string head, Lazy<string> all, DateOnly? date)
    {
        string? firstPrinted = null;
        foreach (var printed in PrintedNames(blocks, head, all))
        {
            firstPrinted ??= printed;
            if (LocalAuthorities.Resolve(printed) is not { } authority)
            {
                continue;
            }

            var warnings = new List<FactWarning>();
            if (date is { } d && (d < authority.ExistedFrom || d > authority.ExistedUntil))
            {
                warnings.Add(new FactWarning("authority", $"{authority.Name} did not exist on {d:yyyy-MM-dd} (it existed {authority.ExistedFrom?.ToString("yyyy-MM-dd") ?? "before"} to {authority.ExistedUntil?.ToString("yyyy-MM-dd") ?? "now"})", printed));
            }

            return new AuthorityFact(authority, printed, warnings);
        }

        return new AuthorityFact(null, firstPrinted, [new FactWarning("authority",
            firstPrinted is null ? "no local authority's name was found" : "the name printed is no English local authority's", firstPrinted ?? string.Empty)]);
    }

    /// <summary>The names printed where a document names its authority, most reliable first, each with whitespace collapsed.</summary>
    private static IEnumerable<string> PrintedNames(IReadOnlyList<LayoutBlock> blocks, string head, Lazy<string> lazyAll)
    {
        // "London Borough of Barnet" / "Barnsley" printed above "Inspection of children's social care services".
        for (var i = 1; i < Math.Min(blocks.Count, 6); i++)
        {
            if (blocks[i].Text.StartsWith("Inspection of", StringComparison.OrdinalIgnoreCase) &&
                !FrameworkReader.IlacsTitle().IsMatch(blocks[i].Text.Replace('’', '\'')) && blocks[i - 1].Kind == LayoutBlockKind.Heading &&
                blocks[i - 1].Text.Length <= 80 && !blocks[i - 1].Text.Contains(':'))
            {
                yield return Printed(blocks[i - 1].Text);
                break;
            }
        }

        foreach (var regex in new[] { FrameworkReader.IlacsTitle(), VisitTitle(), JtaiTitle(), ServicesIn() })
        {
            var m = regex.Match(head);
            if (m.Success)
            {
                yield return Printed(m.Groups["la"].Value);
            }
        }

        // A letter's addressee: "Director of Children's Services, Bedford Borough Council".
        var opening = FactText.PrefixText(blocks, 1200);
        foreach (Match m in CouncilName().Matches(opening))
        {
            yield return Printed(m.Value);
        }

        // A council report: the place its children's services are "in" ("Children's Services in Leeds were subject to…",
        // "inspection of children's social care services in Leicestershire"), the most frequent such place first.
        var all = lazyAll.Value;
        var servicesIn = ServicesInPlace().Matches(all)
            .Select(m => NormaliseAuthority(m.Groups["la"].Value))
            .GroupBy(n => n, StringComparer.OrdinalIgnoreCase)
            .OrderByDescending(g => g.Count()).FirstOrDefault();
        if (servicesIn is not null)
        {
            yield return servicesIn.Key;
        }

        // Else, of the councils it names, the one it mentions most often.
        var typed = CouncilName().Matches(all).Where(m => m.Groups["type"].Success).ToList();
        var council = (typed.Count > 0 ? typed : CouncilName().Matches(all).ToList()).Select(m => NormaliseAuthority(m.Groups["la"].Value)).Where(n => n.Length > 2)
            .Distinct(StringComparer.OrdinalIgnoreCase)
            .Select(n => (Name: n, Mentions: CountWord(all, n)))
            .OrderByDescending(c => c.Mentions).FirstOrDefault();
        if (council.Name is not null && council.Mentions >= 2)
        {
            yield return council.Name;
        }

        var borough = BoroughOf().Match(head);
        if (borough.Success)
        {
            yield return Printed(borough.Groups["la"].Value);
        }
    }

    private static string Printed(string raw) => FactText.Whitespace().Replace(raw, " ").Trim().Trim(',', '.', ':').Replace('’', '\'');

    /// <summary>Strips "London Borough of", "Council" and the like from an authority's name.</summary>
    public static string NormaliseAuthority(string raw)
    {
        var name = FactText.Whitespace().Replace(raw, " ").Trim().Trim(',', '.', ':');
        name = BoroughOfPrefix().Replace(name, string.Empty);
        name = CityOfPrefix().Replace(name, string.Empty);
        name = CouncilSuffix().Replace(name, string.Empty);
        name = AuthoritySuffix().Replace(name, string.Empty);
        name = TheArticle().Replace(name, string.Empty);
        name = CityOfSuffix().Replace(name, string.Empty);
        name = PlaceTypeSuffix().Replace(name, string.Empty);
        return name.Trim();
    }


    /// <summary>How often <paramref name="word"/> occurs in <paramref name="text"/> as a whole word (as the regex <c>\bword\b</c>).</summary>
    private static int CountWord(string text, string word)
    {
        var count = 0;
        for (var at = text.IndexOf(word, StringComparison.Ordinal); at >= 0; at = text.IndexOf(word, at + 1, StringComparison.Ordinal))
        {
            var end = at + word.Length;
            if ((at == 0 || !IsWordChar(text[at - 1]) || !IsWordChar(word[0])) && (end == text.Length || !IsWordChar(text[end]) || !IsWordChar(word[^1])))
            {
                count++;
            }
        }

        return count;
    }

    private static bool IsWordChar(char c) => char.IsLetterOrDigit(c) || c == '_';

    [GeneratedRegex(@"(?:Focused|Monitoring) visit (?:to|of) (?:the )?(?!local authority)(?<la>[^\n]{2,80}?)(?:'s)? (?:local authority )?children's services", RegexOptions.IgnoreCase)]
    private static partial Regex VisitTitle();

    [GeneratedRegex(@"Joint targeted area inspection of (?:the multi-agency response to .{3,120}? in )(?<la>[A-Z][\w\s,&-]{2,60}?)(?:\n|$| \()", RegexOptions.IgnoreCase)]
    private static partial Regex JtaiTitle();

    [GeneratedRegex(@"Children's services in (?<la>[A-Z][\w\s,&'-]{1,60}?) (?:are|is|require)\b")]
    private static partial Regex ServicesIn();

    [GeneratedRegex(@"[Cc]hildren's (?:[Ss]ocial [Cc]are )?[Ss]ervices in (?<la>[A-Z][a-z]+(?:[\s-](?:and\s+|upon\s+|on\s+)?[A-Z][a-z]+){0,3})\b")]
    private static partial Regex ServicesInPlace();

    [GeneratedRegex(@"(?<la>(?:(?:London|Royal)\s+Borough\s+of\s+)?[A-Z][a-z]+(?:[\s-](?:and\s+|upon\s+|on\s+)?[A-Z][a-z]+){0,4}?)\s+(?<type>City\s+|County\s+|Borough\s+|Metropolitan\s+Borough\s+|District\s+)?Council\b")]
    private static partial Regex CouncilName();

    [GeneratedRegex(@"(?<la>(?:London|Royal) Borough of [A-Z][a-z]+(?: (?:and )?[A-Z][a-z]+){0,3})")]
    private static partial Regex BoroughOf();

    [GeneratedRegex(@"^(?:the\s+)?(?:(?:London|Royal|Metropolitan)\s+Borough\s+of\s+|Borough\s+of\s+|County\s+of\s+|Council\s+of\s+the\s+)", RegexOptions.IgnoreCase)]
    private static partial Regex BoroughOfPrefix();

    [GeneratedRegex(@"^(?:the\s+)?City\s+of\s+(?!London\b)", RegexOptions.IgnoreCase)]
    private static partial Regex CityOfPrefix();

    [GeneratedRegex(@"\s+(?:City|County|Borough|Metropolitan\s+Borough|Metropolitan\s+District|District)?\s*Council$", RegexOptions.IgnoreCase)]
    private static partial Regex CouncilSuffix();

    [GeneratedRegex(@"\s+(?:local\s+authority|council)$", RegexOptions.IgnoreCase)]
    private static partial Regex AuthoritySuffix();

    [GeneratedRegex(@"^the\s+", RegexOptions.IgnoreCase)]
    private static partial Regex TheArticle();

    [GeneratedRegex(@",?\s+City\s+of$|\s+Unitary\s+Authority$|\s+Children(?:'s|’s)?\s+(?:and\s+Families\s+)?Trust$|\s+Metropolitan(?:\s+Borough|\s+District)?$", RegexOptions.IgnoreCase)]
    private static partial Regex CityOfSuffix();

    [GeneratedRegex(@"(?<=\w)\s+(?:City|Borough|County)$", RegexOptions.IgnoreCase)]
    private static partial Regex PlaceTypeSuffix();
}
