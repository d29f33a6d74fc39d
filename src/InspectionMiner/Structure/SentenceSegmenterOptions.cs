using System.Collections.Frozen;

namespace InspectionMiner.Structure;

/// <summary>Options of the <see cref="SentenceSegmenter"/>.</summary>
/// <example>
/// <code>
/// // Also keep "reg." (regulation) and "sch." (schedule) from ending a sentence.
/// var options = new SentenceSegmenterOptions
/// {
///     Abbreviations = new HashSet&lt;string&gt;(SentenceSegmenterOptions.Default.Abbreviations, StringComparer.OrdinalIgnoreCase) { "reg", "sch" },
/// };
/// var sentences = SentenceSegmenter.SplitToStrings("Visits breach reg. 12 of the regulations. Leaders know this.", options);
/// var parser = new DocumentParser(segmenterOptions: options);   // parse documents the same way
/// </code>
/// </example>
public sealed record SentenceSegmenterOptions
{
    /// <summary>
    /// Abbreviations (without their final full stop, compared case-insensitively) after which a full stop
    /// does not end a sentence. The default covers English titles, Latin abbreviations and those Ofsted uses.
    /// </summary>
    public IReadOnlySet<string> Abbreviations { get; init; } = new[]
    {
        "e.g", "eg", "i.e", "ie", "cf", "vs", "viz", "approx", "incl", "esp", "al", "ca",
        "mr", "mrs", "ms", "mx", "dr", "prof", "st", "cllr", "rev", "hon", "sr", "jr", "rt",
        "no", "nos", "para", "paras", "p", "pp", "fig", "ref", "vol", "ch", "sec", "s", "ss", "art",
        "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
        "co", "ltd", "inc", "dept", "govt", "min", "max", "est",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>Abbreviations that end a sentence when a capitalised word follows ("etc. The next…"). Default: etc.</summary>
    public IReadOnlySet<string> SentenceFinalAbbreviations { get; init; } = new[] { "etc" }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>The defaults.</summary>
    public static SentenceSegmenterOptions Default { get; } = new();
}
