using System.Globalization;
using CsvHelper;
using InspectionMiner.Classification;

namespace InspectionMiner.Cli.Output;

/// <summary>Writes mined units as CSV with CsvHelper: the JSONL fields, themes joined with ";".</summary>
internal sealed class MinedCsv : IDisposable
{
    private static readonly string[] Header =
        ["document", "unit", "page", "paragraph", "section", "sectionKind", "text", "hash", "type", "typeConfidence", "area", "areaConfidence", "themes"];

    private readonly CsvWriter _csv;

    public MinedCsv(TextWriter writer)
    {
        _csv = CsvWriter.Create(writer, new CsvWriterOptions(), true);
        foreach (var h in Header)
        {
            _csv.WriteField(h);
        }

        _csv.EndRecord();
    }

    public void Write(string document, ClassifiedUnit c)
    {
        var u = c.Unit;
        var f = c.Finding;
        string[] fields =
        [
            document, u.Index.ToString(CultureInfo.InvariantCulture), u.Page.ToString(CultureInfo.InvariantCulture), u.Paragraph ?? string.Empty,
            u.Section.Heading ?? string.Empty, u.Section.Kind.ToString(), u.Text, u.Hash, f.Type.ToString(),
            f.TypeConfidence.ToString("0.####", CultureInfo.InvariantCulture), f.Area.ToString(), f.AreaConfidence.ToString("0.####", CultureInfo.InvariantCulture),
            string.Join(';', f.Themes),
        ];
        foreach (var field in fields)
        {
            _csv.WriteField(field);
        }

        _csv.EndRecord();
    }

    public void Dispose()
    {
        _csv.Flush();
        _csv.Dispose();
    }
}
