namespace InspectionMiner.Analysis;

/// <summary>What became of a recommendation or area for improvement in the authority's later documents.</summary>
/// <example>
/// <code>
/// foreach (FollowUp f in followThrough.Of(la).Where(f =&gt; f.Status == FollowUpStatus.RaisedAgain))
///     Console.WriteLine($"{f.Document.Date:yyyy} \"{f.Finding.Text}\" raised again in {f.Latest!.Document.Date:yyyy}");
/// </code>
/// </example>
public enum FollowUpStatus
{
    /// <summary>The latest document that speaks of the subject makes a recommendation on it again.</summary>
    RaisedAgain,

    /// <summary>The latest document that speaks of the subject judges it a strength.</summary>
    NowAStrength,

    /// <summary>The latest document that speaks of the subject still finds it an area for improvement.</summary>
    StillWeak,

    /// <summary>
    /// Later documents exist but none has a finding worded closely enough: read it as "no close wording found", not as proof
    /// the subject was dropped (the matcher finds a minority of same-subject pairs worded differently; docs/follow-through.md).
    /// </summary>
    NotMentionedSince,

    /// <summary>The authority has no later document.</summary>
    NoLaterDocument,
}
