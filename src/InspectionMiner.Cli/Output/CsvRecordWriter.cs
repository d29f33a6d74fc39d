using CsvHelper;
using InspectionMiner.Records;

namespace InspectionMiner.Cli.Output;

/// <summary>Records as CSV (<see cref="CsvOutput"/>): a header of the field names, dates as <c>yyyy-MM-dd</c>, lists joined with <c>;</c>, booleans as <c>true</c>/<c>false</c>, null as an empty cell.</summary>
internal sealed class CsvRecordWriter<T> : RecordWriter<T>
{
    private readonly CsvWriter _csv;

    public CsvRecordWriter(IReadOnlyList<RecordField<T>> fields, TextWriter output, bool raw)
        : base(fields)
    {
        _csv = CsvOutput.Create(output, raw);
        _csv.Row([.. fields.Select(f => f.Name)]);
    }

    public override ValueTask WriteAsync(T record, CancellationToken ct)
    {
        foreach (var field in Fields)
        {
            switch (field.ValueOf(record))
            {
                case null:
                    _csv.WriteField((string?)null);
                    break;
                case long l:
                    _csv.WriteField(l);
                    break;
                case double d:
                    _csv.WriteField(d);
                    break;
                case bool b:
                    _csv.WriteField(b ? "true" : "false");
                    break;
                case DateOnly date:
                    _csv.WriteField(date);
                    break;
                case IReadOnlyList<string> list:
                    _csv.WriteField(string.Join(';', list));
                    break;
                case var other:
                    _csv.WriteField(other.ToString());
                    break;
            }
        }

        _csv.EndRecord();
        return ValueTask.CompletedTask;
    }

    public override ValueTask DisposeAsync()
    {
        _csv.Flush();
        _csv.Dispose();
        return ValueTask.CompletedTask;
    }
}
