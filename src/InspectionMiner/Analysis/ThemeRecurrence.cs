using InspectionMiner.Labels;

namespace InspectionMiner.Analysis;

/// <summary>Whether a theme raised as a weakness or recommendation carries over from one inspection to the next.</summary>
public enum RecurrenceStatus
{
    /// <summary>Raised in both the earlier and the later document.</summary>
    Recurring,

    /// <summary>Raised in the later document only.</summary>
    New,

    /// <summary>Raised in the earlier document only.</summary>
    NoLongerAppears,
}

/// <summary>One theme of one authority between two consecutive documents.</summary>
/// <param name="Authority">The local authority.</param>
/// <param name="Earlier">The earlier document.</param>
/// <param name="Later">The later document.</param>
/// <param name="Theme">The theme.</param>
/// <param name="Status">Recurring, new, or no longer appearing.</param>
/// <param name="RepeatedRecommendations">Pairs of recommendations (earlier, later) on this theme that say the same thing in other words.</param>
public sealed record ThemeRecurrence(string Authority, StoredDocument Earlier, StoredDocument Later, Theme Theme, RecurrenceStatus Status, IReadOnlyList<RecommendationMatch> RepeatedRecommendations);

/// <summary>A recommendation of a later document matched by meaning to one of an earlier document.</summary>
/// <param name="Earlier">The earlier recommendation.</param>
/// <param name="Later">The later recommendation.</param>
/// <param name="Similarity">Cosine similarity of their weighted terms (0 to 1).</param>
public sealed record RecommendationMatch(StoredFinding Earlier, StoredFinding Later, double Similarity);
