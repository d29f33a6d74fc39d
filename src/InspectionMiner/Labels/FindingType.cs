namespace InspectionMiner.Labels;

/// <summary>The finding type of a unit, exactly as LABELS.md names it.</summary>
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
