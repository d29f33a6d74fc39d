namespace InspectionMiner.Facts;

/// <summary>
/// A fact that looks wrong or could not be read: a full inspection before April 2026 without an overall grade, a
/// letter published before its visit, an authority's name the table does not know.
/// </summary>
/// <param name="Field">The fact it concerns, as the <c>facts</c> JSON names it ("published", "grades.overallEffectiveness", "authority").</param>
/// <param name="Message">What is wrong, in a sentence.</param>
/// <param name="Source">The text the fact was read from (empty when nothing was found).</param>
/// <example>
/// <code>
/// foreach (FactWarning w in doc.Facts.Warnings)
///     Console.WriteLine($"{doc.Path}: {w.Field}: {w.Message} (\"{w.Source}\")");
/// </code>
/// </example>
public sealed record FactWarning(string Field, string Message, string Source);
