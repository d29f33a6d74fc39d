namespace InspectionMiner.Labels;

/// <summary>A graded judgement of an inspection, in every framework's terms (<see cref="Facts.JudgementGrades"/> is keyed by it).</summary>
/// <example>
/// <code>
/// JudgementGrades g = doc.Facts.Grades;
/// foreach (Judgement j in g.Judgements)          // the judgements this document's inspection makes
///     Console.WriteLine($"{j}: {g[j]} (page {g.ReadingOf(j)?.Page})");
/// </code>
/// </example>
public enum Judgement
{
    /// <summary>Overall effectiveness (none after the April 2026 reform).</summary>
    OverallEffectiveness,
    /// <summary>The impact of leaders on social work practice (SIF: leadership, management and governance; 2009–2013: leadership and management).</summary>
    ImpactOfLeaders,
    /// <summary>The experiences and progress of children who need help and protection.</summary>
    HelpAndProtection,
    /// <summary>The experiences and progress of children in care (SIF: children looked after and achieving permanence; ILACS before 2023: with care leavers).</summary>
    ChildrenInCare,
    /// <summary>The experiences and progress of care leavers (ILACS from 2023; a SIF sub-judgement).</summary>
    CareLeavers,
    /// <summary>Adoption performance (a SIF sub-judgement).</summary>
    Adoption,
    /// <summary>The review of the Local Safeguarding Children Board (SIF).</summary>
    Lscb,
}
