namespace InspectionMiner.Classification;

/// <summary>Column names shared by the trainer and the classifier.</summary>
internal static class ModelColumns
{
    public const string TypeKey = "TypeKey";
    public const string AreaKey = "AreaKey";
    public const string TypeScore = "TypeScore";
    public const string AreaScore = "AreaScore";
    public const string AreaTextKey = "AreaTextKey";
    public const string AreaTextScore = "AreaTextScore";
    public const string AreaPlainKey = "AreaPlainKey";
    public const string AreaPlainScore = "AreaPlainScore";
    public const string TypePlainKey = "TypePlainKey";
    public const string TypePlainScore = "TypePlainScore";
    public const string ThemeScores = "ThemeScores";
    public const string Features = "Features";
}
