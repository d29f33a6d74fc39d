namespace InspectionMiner.Labels;

/// <summary>What kind of document this is, exactly as docs/labels.md names it.</summary>
/// <example>
/// <code>
/// MinedDocument doc = await miner.MineAsync("letter.pdf", ct);
/// string family = doc.Facts.Kind switch
/// {
///     DocumentKind.StandardInspection or DocumentKind.ShortInspection or DocumentKind.Reinspection =&gt; "graded inspection",
///     DocumentKind.FocusedVisit or DocumentKind.MonitoringVisit =&gt; "visit letter",
///     DocumentKind.JointTargetedAreaInspection =&gt; "JTAI letter",
///     DocumentKind.CouncilReport =&gt; "council report",
///     _ =&gt; "not recognised",
/// };
/// </code>
/// </example>
public enum DocumentKind
{
    /// <summary>Not recognised.</summary>
    Unknown = 0,
    /// <summary>A standard (full) inspection report.</summary>
    StandardInspection,
    /// <summary>A short ILACS inspection report.</summary>
    ShortInspection,
    /// <summary>A re-inspection report.</summary>
    Reinspection,
    /// <summary>A focused-visit letter.</summary>
    FocusedVisit,
    /// <summary>A monitoring-visit letter.</summary>
    MonitoringVisit,
    /// <summary>A joint targeted area inspection letter.</summary>
    JointTargetedAreaInspection,
    /// <summary>A council's own report about an inspection.</summary>
    CouncilReport,
}
