namespace InspectionMiner.Analysis;

/// <summary>How theme prevalence is grouped.</summary>
public enum GroupBy
{
    /// <summary>By inspection year.</summary>
    Year,

    /// <summary>By local authority.</summary>
    Authority,

    /// <summary>By inspection framework.</summary>
    Framework,
}
