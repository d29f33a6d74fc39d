namespace InspectionMiner.Cli.Output;

/// <summary>The formats records can be written in (<c>--format</c>).</summary>
internal enum RecordFormat
{
    /// <summary>One JSON object per line.</summary>
    Jsonl,

    /// <summary>CSV, ready for a spreadsheet unless <c>--raw-csv</c> (see <see cref="CsvOutput"/>).</summary>
    Csv,

    /// <summary>A Parquet file (needs <c>--out</c>).</summary>
    Parquet,

    /// <summary>An Excel workbook (needs <c>--out</c>).</summary>
    Xlsx,
}
