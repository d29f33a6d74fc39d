using InspectionMiner.Facts;
using InspectionMiner.Classification;
using Parquet.Serialization;

namespace InspectionMiner.Cli.Output;

/// <summary>One mined unit as a Parquet row.</summary>
internal sealed class MinedRow
{
    public string Document { get; set; } = string.Empty;
    public int Unit { get; set; }
    public int Page { get; set; }
    public string? Paragraph { get; set; }
    public string? Section { get; set; }
    public string SectionKind { get; set; } = string.Empty;
    public string Text { get; set; } = string.Empty;
    public string Hash { get; set; } = string.Empty;
    public string Type { get; set; } = string.Empty;
    public float TypeConfidence { get; set; }
    public string Area { get; set; } = string.Empty;
    public float AreaConfidence { get; set; }
    public string Themes { get; set; } = string.Empty;
    public string? Authority { get; set; }
    public string Kind { get; set; } = string.Empty;
    public string? Framework { get; set; }
    public int? Year { get; set; }
}

/// <summary>Writes mined units to a Parquet file with Parquet.Net, one row group per batch of documents.</summary>
internal sealed class ParquetOutput(string path) : IAsyncDisposable
{
    private readonly List<MinedRow> _pending = [];
    private readonly FileStream _stream = File.Create(path);
    private bool _started;

    public async Task WriteAsync(string document, MinedDocument mined, CancellationToken ct)
    {
        var f = mined.Facts;
        foreach (var c in mined.Units)
        {
            _pending.Add(new MinedRow
            {
                Document = document, Unit = c.Unit.Index, Page = c.Unit.Page, Paragraph = c.Unit.Paragraph, Section = c.Unit.Section.Heading,
                SectionKind = c.Unit.Section.Kind.ToString(), Text = c.Unit.Text, Hash = c.Unit.Hash, Type = c.Finding.Type.ToString(),
                TypeConfidence = c.Finding.TypeConfidence, Area = c.Finding.Area.ToString(), AreaConfidence = c.Finding.AreaConfidence,
                Themes = string.Join(';', c.Finding.Themes), Authority = f.Authority, Kind = f.Kind.ToString(), Framework = f.Framework?.ToString(),
                Year = f.InspectionStart?.Year ?? f.Published?.Year,
            });
        }

        if (_pending.Count >= 20000)
        {
            await FlushAsync(ct);
        }
    }

    private async Task FlushAsync(CancellationToken ct)
    {
        if (_pending.Count == 0 && _started)
        {
            return;
        }

        await ParquetSerializer.SerializeAsync(_pending, _stream, new Parquet.ParquetOptions { Append = _started }, null, ct);
        _started = true;
        _pending.Clear();
    }

    public async ValueTask DisposeAsync()
    {
        await FlushAsync(CancellationToken.None);
        await _stream.DisposeAsync();
    }
}
