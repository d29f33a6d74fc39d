namespace InspectionMiner.Labels;

/// <summary>What kind of document this is, exactly as LABELS.md names it.</summary>
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
