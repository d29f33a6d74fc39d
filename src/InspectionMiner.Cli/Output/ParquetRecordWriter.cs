using InspectionMiner.Records;
using Parquet;
using Parquet.Schema;
using Parquet.Serialization;

namespace InspectionMiner.Cli.Output;

/// <summary>
/// Records as a Parquet file with Parquet.Net, one row group per 20,000 rows: text as UTF-8 strings, integers as
/// INT64, probabilities as DOUBLE, dates as DATE, booleans as BOOLEAN, lists as LIST columns of strings.
/// </summary>
internal sealed class ParquetRecordWriter<T> : RecordWriter<T>
{
    private const int RowGroup = 20000;
    private readonly List<IDictionary<string, object?>> _pending = [];
    private readonly FileStream _stream;
    private readonly ParquetSchema _schema;
    private bool _started;

    public ParquetRecordWriter(IReadOnlyList<RecordField<T>> fields, string path)
        : base(fields)
    {
        _schema = new ParquetSchema(fields.Select(Column).ToArray());
        _stream = File.Create(path);
    }

    public override async ValueTask WriteAsync(T record, CancellationToken ct)
    {
        var row = new Dictionary<string, object?>(Fields.Count);
        foreach (var field in Fields)
        {
            row[field.Name] = field.ValueOf(record) switch
            {
                IReadOnlyList<string> list => list.Select(s => s.AsMemory()).ToArray(),
                var value => value,
            };
        }

        _pending.Add(row);
        if (_pending.Count >= RowGroup)
        {
            await FlushAsync(ct);
        }
    }

    public override async ValueTask DisposeAsync()
    {
        await FlushAsync(CancellationToken.None);
        await _stream.DisposeAsync();
    }

    private static Field Column(RecordField<T> f) => f.Kind switch
    {
        FieldKind.Integer => f.Nullable ? new DataField<long?>(f.Name) : new DataField<long>(f.Name),
        FieldKind.Number => f.Nullable ? new DataField<double?>(f.Name) : new DataField<double>(f.Name),
        FieldKind.Date => new DataField<DateOnly?>(f.Name),
        FieldKind.Boolean => f.Nullable ? new DataField<bool?>(f.Name) : new DataField<bool>(f.Name),
        FieldKind.TextList => new ListField(f.Name, new DataField<string>("element", false)),
        _ => new DataField<string>(f.Name, f.Nullable),
    };

    private async Task FlushAsync(CancellationToken ct)
    {
        if (_pending.Count == 0 && _started)
        {
            return;
        }

        await ParquetSerializer.SerializeUntypedAsync(_pending, _schema, _stream, new ParquetOptions { Append = _started }, null, ct);
        _started = true;
        _pending.Clear();
    }
}
