namespace InspectionMiner.Labels;

/// <summary>The ILACS judgement area a unit concerns, exactly as docs/labels.md names it.</summary>
/// <example>
/// <code>
/// MinedDocument doc = await miner.MineAsync("report.pdf", ct);
/// // Areas for improvement per judgement area.
/// var weaknesses = doc.Findings.Where(u =&gt; u.Finding.Type == FindingType.AreaForImprovement);
/// foreach (var group in weaknesses.GroupBy(u =&gt; u.Finding.Area))
///     Console.WriteLine($"{group.Key}: {group.Count()}");
///
/// var careLeavers = doc.Findings.Where(u =&gt; u.Finding.Area == JudgementArea.CareLeavers).Select(u =&gt; u.Unit.Text);
/// </code>
/// </example>
public enum JudgementArea
{
    /// <summary>None of the judgement areas: method, context, the council's own procedure.</summary>
    General = 0,
    /// <summary>The impact of leaders on social work practice with children and families.</summary>
    Leadership = 1,
    /// <summary>The experiences and progress of children who need help and protection.</summary>
    HelpAndProtection = 2,
    /// <summary>The experiences and progress of children in care.</summary>
    ChildrenInCare = 3,
    /// <summary>The experiences and progress of care leavers.</summary>
    CareLeavers = 4,
}
