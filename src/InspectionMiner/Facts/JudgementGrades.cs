using InspectionMiner.Labels;

namespace InspectionMiner.Facts;

/// <summary>Every judgement's grade, <see cref="Grade.NotJudged"/> where the document or framework has none.</summary>
/// <param name="OverallEffectiveness">Overall effectiveness (none after the April 2026 reform).</param>
/// <param name="ImpactOfLeaders">The impact of leaders (SIF: leadership, management and governance).</param>
/// <param name="HelpAndProtection">The experiences and progress of children who need help and protection.</param>
/// <param name="ChildrenInCare">The experiences and progress of children in care (SIF: children looked after and achieving permanence; before 2023 combined with care leavers).</param>
/// <param name="CareLeavers">The experiences and progress of care leavers (ILACS from 2023; SIF sub-judgement).</param>
/// <param name="Adoption">SIF adoption performance.</param>
/// <param name="Lscb">SIF review of the Local Safeguarding Children Board.</param>
/// <example>
/// <code>
/// MinedDocument doc = await miner.MineAsync("report.pdf", ct);
/// JudgementGrades g = doc.Facts.Grades;
/// if (g == JudgementGrades.None)
///     Console.WriteLine("No judgements (a letter).");
/// else
///     Console.WriteLine($"overall {g.OverallEffectiveness}, leaders {g.ImpactOfLeaders}, help and protection {g.HelpAndProtection}, " +
///                       $"children in care {g.ChildrenInCare}, care leavers {g.CareLeavers}");
/// </code>
/// </example>
public sealed record JudgementGrades(
    Grade OverallEffectiveness = Grade.NotJudged,
    Grade ImpactOfLeaders = Grade.NotJudged,
    Grade HelpAndProtection = Grade.NotJudged,
    Grade ChildrenInCare = Grade.NotJudged,
    Grade CareLeavers = Grade.NotJudged,
    Grade Adoption = Grade.NotJudged,
    Grade Lscb = Grade.NotJudged)
{
    /// <summary>No judgements (a letter, or a document without grades).</summary>
    public static JudgementGrades None { get; } = new();
}
