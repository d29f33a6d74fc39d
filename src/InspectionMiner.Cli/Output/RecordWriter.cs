using InspectionMiner.Records;

namespace InspectionMiner.Cli.Output;

/// <summary>
/// Writes records in one format, the fields of <see cref="RecordSchema"/> in their order: every format writes the same
/// projection, so a field has one name and one value everywhere.
/// </summary>
/// <typeparam name="T">The record: <see cref="DocumentRecord"/> or <see cref="UnitRecord"/>.</typeparam>
internal abstract class RecordWriter<T> : IAsyncDisposable
{
    protected RecordWriter(IReadOnlyList<RecordField<T>> fields) => Fields = fields;

    protected IReadOnlyList<RecordField<T>> Fields { get; }

    /// <summary>A writer of <paramref name="fields"/> in <paramref name="format"/>: text formats to <paramref name="text"/>, file formats to <paramref name="path"/>.</summary>
    public static RecordWriter<T> Create(RecordFormat format, IReadOnlyList<RecordField<T>> fields, TextWriter text, string? path, bool rawCsv, string sheet) => format switch
    {
        RecordFormat.Jsonl => new JsonLinesWriter<T>(fields, text),
        RecordFormat.Csv => new CsvRecordWriter<T>(fields, text, rawCsv),
        RecordFormat.Parquet => new ParquetRecordWriter<T>(fields, path ?? throw new ArgumentException("Parquet needs a file", nameof(path))),
        RecordFormat.Xlsx => new XlsxRecordWriter<T>(fields, path ?? throw new ArgumentException(".xlsx needs a file", nameof(path)), sheet),
        _ => throw new ArgumentOutOfRangeException(nameof(format)),
    };

    public abstract ValueTask WriteAsync(T record, CancellationToken ct);

    public abstract ValueTask DisposeAsync();
}
