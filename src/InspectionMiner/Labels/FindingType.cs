namespace InspectionMiner.Labels;

/// <summary>The finding type of a unit, exactly as docs/labels.md names it.</summary>
/// <example>
/// <code>
/// MinedDocument doc = await miner.MineAsync("report.pdf", ct);
/// foreach (ClassifiedUnit u in doc.Findings)   // every unit that is not Neutral
/// {
///     string marker = u.Finding.Type switch
///     {
///         FindingType.Strength =&gt; "+",
///         FindingType.AreaForImprovement =&gt; "-",
///         FindingType.Recommendation =&gt; "!",
///         _ =&gt; " ",
///     };
///     Console.WriteLine($"{marker} p{u.Unit.Page} {u.Unit.Text}");
/// }
/// </code>
/// </example>
public enum FindingType
{
    /// <summary>No judgement: context, method, description, statistics, headings.</summary>
    Neutral = 0,
    /// <summary>The inspectors judge something positively.</summary>
    Strength = 1,
    /// <summary>The inspectors judge something negatively: an observed weakness.</summary>
    AreaForImprovement = 2,
    /// <summary>What the local authority should do or needs to improve.</summary>
    Recommendation = 3,
}
