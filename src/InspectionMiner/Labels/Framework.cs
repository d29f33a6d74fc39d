namespace InspectionMiner.Labels;

/// <summary>The inspection framework a document belongs to, exactly as LABELS.md names it.</summary>
public enum Framework
{
    /// <summary>2009–2013 safeguarding and looked-after children inspections.</summary>
    PreSif,
    /// <summary>The single inspection framework, November 2013–2017.</summary>
    Sif,
    /// <summary>Inspecting local authority children's services, 2018–March 2026.</summary>
    Ilacs,
    /// <summary>ILACS after the April 2026 reform: no overall effectiveness judgement.</summary>
    Ilacs2026,
}
