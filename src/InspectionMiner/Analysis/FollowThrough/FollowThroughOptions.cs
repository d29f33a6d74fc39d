namespace InspectionMiner.Analysis;

/// <summary>How <see cref="FollowThrough"/> decides that two findings speak of the same subject.</summary>
/// <example>
/// <code>
/// var strict = new FollowThrough(docs, findings, new FollowThroughOptions { MinimumSimilarity = 0.4 });
/// </code>
/// </example>
public sealed record FollowThroughOptions
{
    /// <summary>The similarity (cosine of weighted word stems and stem pairs) from which two findings count as the same subject.</summary>
    public double MinimumSimilarity { get; init; } = 0.3;
}
