using System.Collections.Concurrent;
using System.Globalization;
using InspectionMiner.Records;
using MiniExcelLibs;

namespace InspectionMiner.Cli.Output;

/// <summary>
/// Records as an Excel workbook with MiniExcel, streamed to the file as they come (one sheet; a header row of the
/// field names). Text is written as text, never as a formula; dates as <c>yyyy-MM-dd</c> text, lists joined with
/// <c>;</c>, numbers as numbers, booleans as Excel's TRUE and FALSE. A cell holds at most Excel's 32,767 characters (a longer unit's text is cut there)
/// and a sheet at most 1,048,575 records (more is an error: use CSV or Parquet).
/// </summary>
internal sealed class XlsxRecordWriter<T> : RecordWriter<T>
{
    public const int MaxCellText = 32767;
    public const int MaxRecords = 1_048_575;

    private readonly BlockingCollection<IDictionary<string, object>> _rows = new(boundedCapacity: 4096);
    private readonly Task _save;
    private int _count;

    public XlsxRecordWriter(IReadOnlyList<RecordField<T>> fields, string path, string sheet)
        : base(fields)
    {
        var rows = _rows.GetConsumingEnumerable();
        _save = Task.Run(() => MiniExcel.SaveAs(path, rows, printHeader: true, sheetName: sheet, excelType: ExcelType.XLSX, overwriteFile: true));
    }

    public override ValueTask WriteAsync(T record, CancellationToken ct)
    {
        if (++_count > MaxRecords)
        {
            throw new InvalidOperationException($"an .xlsx sheet holds at most {MaxRecords:N0} records: write CSV or Parquet instead");
        }

        var row = new Dictionary<string, object>(Fields.Count);
        foreach (var field in Fields)
        {
            row[field.Name] = field.ValueOf(record) switch
            {
                null => null!,
                string s when s.Length > MaxCellText => s[..MaxCellText],
                DateOnly d => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                IReadOnlyList<string> list => string.Join(';', list),
                var value => value,
            };
        }

        // Waits while the saver is behind, so memory stays bounded; fails when the saver has failed.
        while (!_rows.TryAdd(row, 100, ct))
        {
            if (_save.IsCompleted)
            {
                _save.GetAwaiter().GetResult();
                throw new InvalidOperationException("the .xlsx writer stopped");
            }
        }

        return ValueTask.CompletedTask;
    }

    public override async ValueTask DisposeAsync()
    {
        _rows.CompleteAdding();
        await _save;
        _rows.Dispose();
    }
}
