namespace InspectionMiner.Layout;

/// <summary>Thresholds of the layout cleanup, with defaults tuned on Ofsted's reports and letters.</summary>
/// <example>
/// <code>
/// // A council's own report with a tall letterhead and modest heading sizes.
/// var layout = new LayoutOptions { HeaderZone = 0.18, HeadingSizeRatio = 1.05 };
/// var parser = new DocumentParser(layoutOptions: layout);
/// InspectionDocument doc = await parser.ParseAsync("council-report.pdf", ct);
/// var miner = new Miner(parser);   // mine with the same settings
/// </code>
/// </example>
public sealed record LayoutOptions
{
    /// <summary>Share of the page height at the top where running headers are looked for. Default 0.12.</summary>
    public double HeaderZone { get; init; } = 0.12;

    /// <summary>Share of the page height at the bottom where running footers and page numbers are looked for. Default 0.12.</summary>
    public double FooterZone { get; init; } = 0.12;

    /// <summary>A line in a header or footer zone is running text when it recurs (digits aside) on at least this share of pages. Default 0.3.</summary>
    public double RepeatShare { get; init; } = 0.3;

    /// <summary>A vertical gap above a line larger than this many times its font size starts a new paragraph. Default 1.7.</summary>
    public double ParagraphGap { get; init; } = 1.7;

    /// <summary>Lines smaller than this share of the body font size at the foot of a page can be footnotes. Default 0.92.</summary>
    public double FootnoteSizeRatio { get; init; } = 0.92;

    /// <summary>Lines larger than this share of the body font size can be headings. Default 1.12.</summary>
    public double HeadingSizeRatio { get; init; } = 1.12;

    /// <summary>The longest text (in characters) that can still be a heading. Default 200.</summary>
    public int MaxHeadingLength { get; init; } = 200;

    /// <summary>The defaults.</summary>
    public static LayoutOptions Default { get; } = new();
}
