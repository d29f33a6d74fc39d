namespace InspectionMiner.Layout;

/// <summary>A footnote taken out of the running text.</summary>
/// <param name="Page">The page it is printed on.</param>
/// <param name="Number">Its number, when printed.</param>
/// <param name="Text">Its text.</param>
public sealed record Footnote(int Page, string? Number, string Text);
