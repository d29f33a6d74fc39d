using Microsoft.ML.Data;

namespace InspectionMiner.Classification;

/// <summary>The featuriser's output: the feature vector the heads score.</summary>
internal sealed class ModelFeaturesOutput
{
    [ColumnName(ModelColumns.Features)]
    public VBuffer<float> Features { get; set; }
}
