using System.CommandLine;
using System.CommandLine.Parsing;
using System.Globalization;

namespace InspectionMiner.Cli;

/// <summary>
/// Finds mistyped options that the parser took for PATH arguments (<c>mine corpus --paralel 2</c>): a token that
/// starts with a dash, is no option of the command and no existing file is an unknown option; the token after it,
/// unless it is an option or an existing file, is its stray value. Each is a usage error; the nearest option of
/// the command is suggested.
/// </summary>
internal static class UnknownOptions
{
    /// <summary>The usage errors of <paramref name="result"/>, empty when every token is an option or an argument.</summary>
    public static IReadOnlyList<string> Find(ParseResult result)
    {
        var command = result.CommandResult.Command;
        var options = OptionNames(result.CommandResult).ToList();
        var optionValues = new HashSet<Token>(result.CommandResult.Children.OfType<OptionResult>().SelectMany(o => o.Tokens), ReferenceEqualityComparer.Instance);
        var errors = new List<string>();
        var tokens = result.Tokens;
        for (var i = 0; i < tokens.Count; i++)
        {
            var token = tokens[i];
            if (token.Type == TokenType.DoubleDash)
            {
                break; // everything after "--" is an argument
            }

            if (token.Type != TokenType.Argument || optionValues.Contains(token) || !LooksLikeOption(token.Value) || File.Exists(token.Value) || Directory.Exists(token.Value))
            {
                continue;
            }

            var name = token.Value.Split('=', 2)[0];
            var nearest = Nearest(name, options);
            errors.Add($"'{name}' is not an option of {command.Name}." + (nearest is null ? string.Empty : $" Did you mean {nearest}?"));
            if (i + 1 < tokens.Count && tokens[i + 1] is { Type: TokenType.Argument } next && !optionValues.Contains(next) && !token.Value.Contains('=')
                && !LooksLikeOption(next.Value) && !File.Exists(next.Value) && !Directory.Exists(next.Value))
            {
                errors.Add($"'{next.Value}' is neither a file nor a folder (the value of '{name}'?).");
                i++;
            }
        }

        return errors;
    }

    /// <summary>The option of <paramref name="options"/> closest to <paramref name="name"/> by edit distance, if any is close.</summary>
    public static string? Nearest(string name, IEnumerable<string> options) =>
        options.Select(o => (Option: o, Distance: Distance(name, o)))
            .Where(o => o.Distance <= Math.Max(2, o.Option.Length / 3) || o.Option.StartsWith(name, StringComparison.Ordinal) || name.StartsWith(o.Option, StringComparison.Ordinal))
            .OrderBy(o => o.Distance).ThenBy(o => o.Option, StringComparer.Ordinal)
            .Select(o => o.Option)
            .FirstOrDefault();

    private static bool LooksLikeOption(string token) =>
        token.Length > 1 && token[0] == '-' && !double.TryParse(token, NumberStyles.Float, CultureInfo.InvariantCulture, out _);

    private static IEnumerable<string> OptionNames(CommandResult result)
    {
        for (SymbolResult? r = result; r is not null; r = r.Parent)
        {
            if (r is not CommandResult { Command: var command })
            {
                continue;
            }

            foreach (var option in command.Options.Where(o => !o.Hidden && (r == result || o.Recursive)))
            {
                yield return option.Name;
                foreach (var alias in option.Aliases.Where(a => a.StartsWith("--", StringComparison.Ordinal)))
                {
                    yield return alias;
                }
            }
        }
    }

    private static int Distance(string a, string b)
    {
        var previous = Enumerable.Range(0, b.Length + 1).ToArray();
        for (var i = 1; i <= a.Length; i++)
        {
            var current = new int[b.Length + 1];
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                current[j] = Math.Min(Math.Min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1));
            }

            previous = current;
        }

        return previous[b.Length];
    }
}
