using System.Text;
using System.Text.RegularExpressions;

namespace InspectionMiner.Fuzzing;

/// <summary>
/// A seeded generator of hostile inputs made from real files: byte flips, truncations, deep nesting, reference cycles,
/// huge counts and lengths, splices and wrong names for PDFs; flips, cuts inside UTF-8 sequences, huge lines, nested
/// markup, invalid UTF-8 and UTF-16 for text. The same seed and sources give the same mutants in the same order.
/// </summary>
public sealed partial class MutantGenerator(IReadOnlyList<string> sources, int seed)
{
    private static readonly string[] PdfMutations = ["flip", "flip-many", "truncate", "nest-arrays", "nest-dicts", "cycle", "kids-self", "huge-count", "huge-length", "splice", "drop-header", "garbage-after-header"];
    private static readonly string[] TextMutations = ["flip", "truncate", "huge-line", "nested-markup", "invalid-utf8", "utf16", "nul-bytes"];

    private readonly Random _random = new(seed);
    private readonly Dictionary<string, byte[]> _cache = [];
    private int _number;

    /// <summary>Mutants without end; take as many as wanted.</summary>
    public IEnumerable<Mutant> Generate()
    {
        while (true)
        {
            var source = sources[_random.Next(sources.Count)];
            if (!_cache.TryGetValue(source, out var original))
            {
                _cache[source] = original = File.ReadAllBytes(source);
            }

            var isPdf = original.AsSpan(0, Math.Min(1024, original.Length)).IndexOf("%PDF-"u8) >= 0;
            var mutation = isPdf ? PdfMutations[_random.Next(PdfMutations.Length)] : TextMutations[_random.Next(TextMutations.Length)];
            var bytes = isPdf ? MutatePdf(original, mutation) : MutateText(original, mutation);
            var extension = isPdf ? ".pdf" : Path.GetExtension(source);
            var number = ++_number;
            yield return new Mutant(number, Path.GetFileName(Path.GetDirectoryName(source)) + "/" + Path.GetFileName(source), mutation, $"mutant-{number:00000}{extension}", bytes);
        }
    }

    private byte[] MutatePdf(byte[] original, string mutation) => mutation switch
    {
        "flip" => Flip(original, 1 + _random.Next(8)),
        "flip-many" => Flip(original, 1 + original.Length / 500),
        "truncate" => original[..(_random.Next(original.Length))],
        "nest-arrays" => InsertAfterObject(original, new string('[', 1000 + _random.Next(200_000))),
        "nest-dicts" => InsertAfterObject(original, string.Concat(Enumerable.Repeat("<< /A ", 1000 + _random.Next(50_000)))),
        "cycle" => Rewire(original),
        "kids-self" => Replace(original, KidsArray(), m => $"/Kids [{PagesObject(original) ?? "1"} 0 R]"),
        "huge-count" => Replace(original, CountValue(), m => $"{m.Groups[1].Value} {HugeNumber()}"),
        "huge-length" => Replace(original, LengthValue(), m => $"{m.Groups[1].Value} {HugeNumber()}"),
        "splice" => Splice(original),
        "drop-header" => Latin1(Latin1(original).Replace("%PDF-", "%XYZ-", StringComparison.Ordinal)),
        _ => InsertAt(original, 9 + _random.Next(20), RandomBytes(64 + _random.Next(4096))),
    };

    private byte[] MutateText(byte[] original, string mutation) => mutation switch
    {
        "flip" => Flip(original, 1 + _random.Next(16)),
        "truncate" => original[..(_random.Next(original.Length))],
        "huge-line" => Encoding.UTF8.GetBytes(string.Concat(Enumerable.Repeat(Encoding.UTF8.GetString(original).ReplaceLineEndings(" "), 1 + _random.Next(40)))),
        "nested-markup" => InsertAt(original, _random.Next(original.Length), Encoding.UTF8.GetBytes(string.Concat(Enumerable.Repeat(_random.Next(4) switch { 0 => "<sup>", 1 => "**", 2 => "<u>", _ => "| " }, 1000 + _random.Next(100_000))))),
        "invalid-utf8" => Flip(original, 1 + _random.Next(4), high: true),
        "utf16" => [.. (byte[])[0xFF, 0xFE], .. Encoding.Unicode.GetBytes(Encoding.UTF8.GetString(original)[..(_random.Next(original.Length / 2) + 1)])],
        _ => InsertAt(original, _random.Next(original.Length), new byte[1 + _random.Next(64)]),
    };

    private byte[] Flip(byte[] original, int count, bool high = false)
    {
        var bytes = (byte[])original.Clone();
        for (var i = 0; i < count; i++)
        {
            var at = _random.Next(bytes.Length);
            bytes[at] = high ? (byte)(0x80 | _random.Next(0x80)) : (byte)_random.Next(256);
        }

        return bytes;
    }

    private byte[] InsertAfterObject(byte[] original, string text)
    {
        var matches = ObjectStart().Matches(Latin1(original));
        var at = matches.Count == 0 ? _random.Next(original.Length) : matches[_random.Next(matches.Count)].Index + matches[0].Length;
        return InsertAt(original, Math.Min(at, original.Length), Encoding.ASCII.GetBytes(text));
    }

    private byte[] Rewire(byte[] original)
    {
        // Point references at other objects of the file (or at the object that holds them): reference cycles.
        var text = Latin1(original);
        var objects = ObjectStart().Matches(text).Select(m => m.Groups[1].Value).ToList();
        if (objects.Count == 0)
        {
            return Flip(original, 4);
        }

        var references = Reference().Matches(text);
        var chosen = Enumerable.Range(0, Math.Min(references.Count, 1 + _random.Next(20))).Select(_ => _random.Next(references.Count)).ToHashSet();
        var i = 0;
        return Latin1(Reference().Replace(text, m => chosen.Contains(i++) ? $"{objects[_random.Next(objects.Count)]} 0 R" : m.Value));
    }

    private byte[] Replace(byte[] original, Regex pattern, MatchEvaluator evaluator)
    {
        var text = Latin1(original);
        var matches = pattern.Matches(text);
        if (matches.Count == 0)
        {
            return Flip(original, 4);
        }

        var target = matches[_random.Next(matches.Count)];
        return Latin1(text[..target.Index] + evaluator(target) + text[(target.Index + target.Length)..]);
    }

    private byte[] Splice(byte[] original)
    {
        var from = _random.Next(original.Length);
        var length = Math.Min(original.Length - from, 1 + _random.Next(64 * 1024));
        var copies = 1 + _random.Next(20);
        var insert = Enumerable.Repeat(original[from..(from + length)], copies).SelectMany(b => b).ToArray();
        return InsertAt(original, _random.Next(original.Length), insert);
    }

    private string HugeNumber() => _random.Next(5) switch
    {
        0 => "2147483647",
        1 => "-1",
        2 => "999999999999999",
        3 => "4294967296",
        _ => "1e308",
    };

    private byte[] RandomBytes(int count)
    {
        var bytes = new byte[count];
        _random.NextBytes(bytes);
        return bytes;
    }

    private static byte[] InsertAt(byte[] original, int at, byte[] insert) => [.. original.AsSpan(0, at), .. insert, .. original.AsSpan(at)];

    private static string? PagesObject(byte[] original) => PagesType().Match(Latin1(original)) is { Success: true } m ? m.Groups[1].Value : null;

    private static string Latin1(byte[] bytes) => Encoding.Latin1.GetString(bytes);

    private static byte[] Latin1(string text) => Encoding.Latin1.GetBytes(text);

    [GeneratedRegex(@"(\d+) 0 obj\s*")]
    private static partial Regex ObjectStart();

    [GeneratedRegex(@"\b\d+ 0 R\b")]
    private static partial Regex Reference();

    [GeneratedRegex(@"/Kids\s*\[[^\]]*\]")]
    private static partial Regex KidsArray();

    [GeneratedRegex(@"(/Count)\s+\d+")]
    private static partial Regex CountValue();

    [GeneratedRegex(@"(/Length|/Size|/N|/First)\s+\d+")]
    private static partial Regex LengthValue();

    [GeneratedRegex(@"(\d+) 0 obj\s*<<[^>]{0,200}/Type\s*/Pages\b")]
    private static partial Regex PagesType();
}
