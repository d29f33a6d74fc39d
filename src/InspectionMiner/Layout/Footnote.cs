namespace InspectionMiner.Layout;

/// <summary>A footnote taken out of the running text.</summary>
/// <param name="Page">The page it is printed on.</param>
/// <param name="Number">Its number, when printed.</param>
/// <param name="Text">Its text.</param>
/// <example>
/// <code>
/// InspectionDocument doc = await new DocumentParser().ParseAsync("report.pdf", ct);
/// foreach (Footnote note in doc.Footnotes)   // kept out of the units, so they are never classified
///     Console.WriteLine($"p{note.Page} [{note.Number}] {note.Text}");
/// </code>
/// </example>
public sealed record Footnote(int Page, string? Number, string Text);
