using System.Globalization;
using CsvHelper;
using InspectionMiner.Labels;

namespace InspectionMiner.Classification.Training;

/// <summary>One unit a person should read: where it is, what surrounds it, and what the model said.</summary>
/// <param name="Document">The document's path as it was mined.</param>
/// <param name="Hash">The unit's hash (<see cref="Structure.TextUnit.Hash"/>).</param>
/// <param name="Page">The page it is on.</param>
/// <param name="Section">The heading it sits under, if any.</param>
/// <param name="Previous">The unit before it, for context.</param>
/// <param name="Text">The unit's text.</param>
/// <param name="Finding">What the model found.</param>
/// <example>
/// <code>
/// MinedDocument mined = await miner.MineAsync("letter.pdf", ct);
/// IEnumerable&lt;ReviewItem&gt; items = ReviewQueue.Of(mined, "letter.pdf");
/// foreach (ReviewItem item in items)
///     Console.WriteLine($"p{item.Page} {item.Finding.Type} ({item.Finding.TypeConfidence:P0}): {item.Text}");
/// </code>
/// </example>
public sealed record ReviewItem(string Document, string Hash, int Page, string? Section, string? Previous, string Text, Finding Finding);

/// <summary>
/// The review sheet: a CSV of units flagged for review (<see cref="Finding.NeedsReview"/>) that a person corrects in a
/// spreadsheet, and that <c>inspection-miner train --reviewed</c> takes back as hand labels. Columns: <c>document, hash,
/// page, section, previous, text, type, typeConfidence, area, areaConfidence, themes</c> (the model's), then
/// <c>reviewedType, reviewedArea, reviewedThemes</c> for the reviewer (label names exactly as in the label scheme;
/// themes separated by <c>;</c>). A row whose reviewed type and area are both empty is skipped.
/// </summary>
/// <example>
/// <code>
/// using (var writer = new StreamWriter("review.csv"))
///     ReviewSheet.Write(writer, items);
/// // ... a person fills in reviewedType, reviewedArea and reviewedThemes ...
/// IReadOnlyList&lt;Annotation&gt; labels = ReviewSheet.Read("review.csv");
/// </code>
/// </example>
public static class ReviewSheet
{
    private static readonly string[] Header =
        ["document", "hash", "page", "section", "previous", "text", "type", "typeConfidence", "area", "areaConfidence", "themes", "reviewedType", "reviewedArea", "reviewedThemes"];

    /// <summary>Writes the sheet (UTF-8 CSV; the caller's writer decides the byte-order mark).</summary>
    public static void Write(TextWriter writer, IEnumerable<ReviewItem> items)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(items);
        using var csv = CsvWriter.Create(writer, new CsvWriterOptions(), true);
        foreach (var name in Header)
        {
            csv.WriteField(name);
        }

        csv.EndRecord();
        foreach (var item in items)
        {
            var f = item.Finding;
            foreach (var field in new object?[]
                     {
                         item.Document, item.Hash, item.Page, item.Section, item.Previous, item.Text,
                         f.Type, f.TypeConfidence.ToString("0.000", CultureInfo.InvariantCulture),
                         f.Area, f.AreaConfidence.ToString("0.000", CultureInfo.InvariantCulture),
                         string.Join(';', f.Themes), string.Empty, string.Empty, string.Empty,
                     })
            {
                csv.WriteField(field?.ToString() ?? string.Empty);
            }

            csv.EndRecord();
        }

        csv.Flush();
    }

    /// <summary>Reads a reviewed sheet: one annotation per row whose reviewed type and area are filled in.</summary>
    /// <exception cref="InvalidDataException">A row lacks its document or hash, names an unknown label, or fills only one of type and area; the message names the file and line.</exception>
    public static IReadOnlyList<Annotation> Read(string path)
    {
        using var csv = CsvReader.FromFile(path, CsvReaderOptions.Default with { Separator = ',', TrackLineNumbers = true });
        csv.ReadHeader();
        if (csv.Headers.Count == 0)
        {
            throw new InvalidDataException($"{path}: empty, not a review sheet");
        }

        foreach (var column in new[] { "document", "hash", "reviewedType", "reviewedArea" })
        {
            if (!csv.Headers.Contains(column, StringComparer.Ordinal))
            {
                throw new InvalidDataException($"{path}:1: not a review sheet (no '{column}' column)");
            }
        }

        var annotations = new List<Annotation>();
        while (csv.Read())
        {
            var line = (int)csv.LineNumber;
            string Get(string name) => csv.Headers.Contains(name, StringComparer.Ordinal) ? csv.GetString(name).Trim() : string.Empty;
            var (type, area) = (Get("reviewedType"), Get("reviewedArea"));
            if (type.Length == 0 && area.Length == 0)
            {
                continue;
            }

            if (Get("document").Length == 0 || Get("hash").Length == 0)
            {
                throw new InvalidDataException($"{path}:{line}: a reviewed row needs its document and hash");
            }

            annotations.Add(new Annotation(
                Get("document"),
                Get("hash"),
                Parse<FindingType>(type, path, line, "reviewedType"),
                Parse<JudgementArea>(area, path, line, "reviewedArea"),
                Get("reviewedThemes").Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(t => Parse<Theme>(t, path, line, "reviewedThemes")).ToArray(),
                "review:" + Path.GetFileName(path)));
        }

        return annotations;
    }

    private static T Parse<T>(string value, string path, int line, string column)
        where T : struct, Enum =>
        Enum.TryParse<T>(value, ignoreCase: false, out var label) && Enum.IsDefined(label)
            ? label
            : throw new InvalidDataException($"{path}:{line}: {column} '{value}' is not one of {string.Join(", ", Enum.GetNames<T>())}");
}
