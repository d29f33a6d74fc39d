using InspectionMiner.Labels;

namespace InspectionMiner.Facts;

/// <summary>A judgement's grade and where it was read.</summary>
/// <param name="Judgement">The judgement.</param>
/// <param name="Grade">Its grade.</param>
/// <param name="Page">The page it was read on (1-based), or null when not known (a grade stored in a database).</param>
/// <param name="Text">The text it was read from ("Children's services in Bedford Borough require improvement to be good").</param>
/// <example>
/// <code>
/// if (doc.Facts.Grades.ReadingOf(Judgement.OverallEffectiveness) is { } r)
///     Console.WriteLine($"{r.Grade} on page {r.Page}: \"{r.Text}\"");
/// </code>
/// </example>
public sealed record GradeReading(Judgement Judgement, Grade Grade, int? Page, string Text);
