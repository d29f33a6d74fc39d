using System.CommandLine;
using InspectionMiner.Analysis;
using InspectionMiner.Facts;

namespace InspectionMiner.Cli;

/// <summary>The <c>--authority</c> option: a name, alias, printed name, Ofsted URN or DfE LA code, resolved to one authority.</summary>
internal static class AuthorityOption
{
    public static Option<string?> Create(bool required) => new("--authority")
    {
        Description = "The local authority: its name or any printed form, alias, Ofsted URN or DfE LA code.",
        Required = required,
    };

    /// <summary>The authority <paramref name="query"/> names; null (with the nearest names on standard error) when it names none.</summary>
    public static LocalAuthority? Resolve(string query)
    {
        if (AuthorityLookup.Find(query) is { } la)
        {
            return la;
        }

        Console.Error.WriteLine($"--authority '{query}': no English local authority has this name, URN or LA code; did you mean {string.Join(", ", AuthorityLookup.Suggest(query).Select(s => $"'{s}'"))}?");
        return null;
    }
}
