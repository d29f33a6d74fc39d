namespace InspectionMiner.Labels;

/// <summary>A judgement's grade, exactly as LABELS.md names it.</summary>
public enum Grade
{
    /// <summary>The document or its framework has no such judgement, or it was not found.</summary>
    NotJudged = 0,
    /// <summary>Outstanding.</summary>
    Outstanding,
    /// <summary>Good.</summary>
    Good,
    /// <summary>Requires improvement (to be good).</summary>
    RequiresImprovement,
    /// <summary>Inadequate.</summary>
    Inadequate,
    /// <summary>Adequate (2009–2013 frameworks).</summary>
    Adequate,
}
