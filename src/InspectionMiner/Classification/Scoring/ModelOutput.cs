using Microsoft.ML.Data;

namespace InspectionMiner.Classification;

/// <summary>The score columns the model pipeline ends with.</summary>
internal sealed class ModelOutput
{
    /// <summary>Probability of each finding type, in the order of the model's type key values.</summary>
    [ColumnName(ModelColumns.TypeScore)]
    public float[] TypeScore { get; set; } = [];

    /// <summary>Probability of each judgement area, in the order of the model's area key values.</summary>
    [ColumnName(ModelColumns.AreaScore)]
    public float[] AreaScore { get; set; } = [];

    /// <summary>Probability of each judgement area from the head trained on text and heading alone, in the order of its key values.</summary>
    [ColumnName(ModelColumns.AreaTextScore)]
    public float[] AreaTextScore { get; set; } = [];

    /// <summary>Probability of each judgement area from the head trained on text alone (no heading), in the order of its key values.</summary>
    [ColumnName(ModelColumns.AreaPlainScore)]
    public float[] AreaPlainScore { get; set; } = [];

    /// <summary>Probability of each finding type from the head trained on text alone (no heading), in the order of its key values.</summary>
    [ColumnName(ModelColumns.TypePlainScore)]
    public float[] TypePlainScore { get; set; } = [];

    /// <summary>Probability of each theme, in <see cref="Labels.Theme"/> order.</summary>
    [ColumnName(ModelColumns.ThemeScores)]
    public float[] ThemeScores { get; set; } = [];
}
