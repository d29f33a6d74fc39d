using System.Globalization;
using CsvHelper;
using InspectionMiner.Facts;
using InspectionMiner.Structure;

namespace InspectionMiner.Cli.Output;

/// <summary>Writes facts as CSV with CsvHelper: one row per document, the JSON fields flattened.</summary>
internal sealed class FactsCsv : IDisposable
{
    private readonly CsvWriter _csv;

    public FactsCsv(TextWriter writer)
    {
        _csv = CsvWriter.Create(writer, new CsvWriterOptions(), true);
        foreach (var h in new[]
                 {
                     "path", "authority", "authorityAsPrinted", "urn", "laCode", "onsCode", "region", "kind", "framework", "inspectionStart", "inspectionEnd", "published", "leadInspector", "inspectors", "focus",
                     "overallEffectiveness", "impactOfLeaders", "helpAndProtection", "childrenInCare", "careLeavers", "adoption", "lscb", "warnings", "error",
                 })
        {
            _csv.WriteField((string?)(h) ?? string.Empty);
        }

        _csv.EndRecord();
    }

    public void Write(string path, DocumentFacts? f, string? error)
    {
        static string D(DateOnly? d) => d?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? string.Empty;
        var g = f?.Grades;
        _csv.WriteField((string?)(path) ?? string.Empty);
        _csv.WriteField((string?)(f?.Authority) ?? string.Empty);
        _csv.WriteField(f?.AuthorityAsPrinted ?? string.Empty);
        _csv.WriteField(f?.LocalAuthority?.Urn.ToString(CultureInfo.InvariantCulture) ?? string.Empty);
        _csv.WriteField(f?.LocalAuthority?.LaCode ?? string.Empty);
        _csv.WriteField(f?.LocalAuthority?.OnsCode ?? string.Empty);
        _csv.WriteField(f?.LocalAuthority?.Region ?? string.Empty);
        _csv.WriteField((string?)(f?.Kind.ToString()) ?? string.Empty);
        _csv.WriteField((string?)(f?.Framework?.ToString()) ?? string.Empty);
        _csv.WriteField((string?)(D(f?.InspectionStart)) ?? string.Empty);
        _csv.WriteField((string?)(D(f?.InspectionEnd)) ?? string.Empty);
        _csv.WriteField((string?)(D(f?.Published)) ?? string.Empty);
        _csv.WriteField((string?)(f?.LeadInspector) ?? string.Empty);
        _csv.WriteField((string?)(f is null ? null : string.Join("; ", f.Inspectors)) ?? string.Empty);
        _csv.WriteField((string?)(f?.Focus) ?? string.Empty);
        _csv.WriteField((string?)(g?.OverallEffectiveness.ToString()) ?? string.Empty);
        _csv.WriteField((string?)(g?.ImpactOfLeaders.ToString()) ?? string.Empty);
        _csv.WriteField((string?)(g?.HelpAndProtection.ToString()) ?? string.Empty);
        _csv.WriteField((string?)(g?.ChildrenInCare.ToString()) ?? string.Empty);
        _csv.WriteField((string?)(g?.CareLeavers.ToString()) ?? string.Empty);
        _csv.WriteField((string?)(g?.Adoption.ToString()) ?? string.Empty);
        _csv.WriteField((string?)(g?.Lscb.ToString()) ?? string.Empty);
        _csv.WriteField(f is null ? string.Empty : string.Join("; ", f.Warnings.Select(w => $"{w.Field}: {w.Message} (\"{w.Source}\")")));
        _csv.WriteField((string?)(error) ?? string.Empty);
        _csv.EndRecord();
    }

    public void Dispose() => _csv.Dispose();
}
