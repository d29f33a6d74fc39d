using Microsoft.ML.Data;
using InspectionMiner.Labels;

namespace InspectionMiner.Classification;

/// <summary>
/// One row as the ML.NET pipeline sees it: the text columns built by <see cref="ModelFeatures"/> and, when
/// training, the labels. One Boolean column per theme, because ML.NET's binary trainers need a scalar label.
/// </summary>
internal class ModelRow
{
    public string Text { get; set; } = string.Empty;

    public string MainClause { get; set; } = string.Empty;

    public string Negated { get; set; } = string.Empty;

    public string Heading { get; set; } = string.Empty;

    public string Context { get; set; } = string.Empty;

    public string Neighbours { get; set; } = string.Empty;

    public string Cues { get; set; } = string.Empty;

    public string TypeLabel { get; set; } = string.Empty;

    public string AreaLabel { get; set; } = string.Empty;

#pragma warning disable SA1516, CS1591 // one flag per theme, named exactly as Theme
    public bool EarlyHelp { get; set; }
    public bool FrontDoor { get; set; }
    public bool StrategyAndEnquiries { get; set; }
    public bool Assessment { get; set; }
    public bool Planning { get; set; }
    public bool ManagementOversight { get; set; }
    public bool QualityAssurance { get; set; }
    public bool Workforce { get; set; }
    public bool VoiceOfChild { get; set; }
    public bool Permanence { get; set; }
    public bool Placements { get; set; }
    public bool Education { get; set; }
    public bool Health { get; set; }
    public bool ExploitationAndMissing { get; set; }
    public bool DomesticAbuse { get; set; }
    public bool DisabledChildren { get; set; }
    public bool CareLeaverSupport { get; set; }
    public bool Partnership { get; set; }
    public bool CorporateParenting { get; set; }
    public bool IdentityAndDiversity { get; set; }
    public bool Recording { get; set; }
    public bool Timeliness { get; set; }
#pragma warning restore SA1516, CS1591

    /// <summary>Sets the theme flags from a list of themes.</summary>
    public void SetThemes(IEnumerable<Theme> themes)
    {
        foreach (var theme in themes)
        {
            typeof(ModelRow).GetProperty(theme.ToString())!.SetValue(this, true);
        }
    }
}

/// <summary>A <see cref="ModelRow"/> with its feature vector, as the trainer's heads see it.</summary>
internal sealed class FeaturizedRow : ModelRow
{
    public VBuffer<float> Features { get; set; }
}
