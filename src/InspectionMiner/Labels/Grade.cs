namespace InspectionMiner.Labels;

/// <summary>A judgement's grade, exactly as docs/labels.md names it.</summary>
/// <example>
/// <code>
/// MinedDocument doc = await miner.MineAsync("report.pdf", ct);
/// JudgementGrades g = doc.Facts.Grades;
/// bool concern = g.OverallEffectiveness is Grade.Inadequate or Grade.RequiresImprovement
///                || g.ChildrenInCare == Grade.Inadequate;
/// if (g.OverallEffectiveness == Grade.NotJudged)
///     Console.WriteLine("No overall effectiveness judgement (a letter, or a report after the April 2026 reform).");
/// </code>
/// </example>
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
