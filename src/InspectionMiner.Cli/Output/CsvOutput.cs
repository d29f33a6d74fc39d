using CsvHelper;

namespace InspectionMiner.Cli.Output;

/// <summary>
/// Every CSV the CLI writes (<c>mine</c>, <c>facts</c>, <c>compare</c>): RFC 4180 with CsvHelper, made to open as it is
/// in a spreadsheet. It starts with a UTF-8 byte order mark, so Excel reads it as UTF-8 (’ and é intact), and a text
/// cell that starts with <c>=</c>, <c>+</c>, <c>-</c>, <c>@</c>, tab or CR gets a leading <c>'</c> (OWASP's rule against
/// formula injection: <c>=HYPERLINK(...)</c> in a document stays text). <c>--raw-csv</c> writes neither, for programs
/// that need the text exactly.
/// </summary>
internal static class CsvOutput
{
    /// <summary>A CSV writer on <paramref name="writer"/> (left open); with <paramref name="raw"/>, no mark and no escaping.</summary>
    public static CsvWriter Create(TextWriter writer, bool raw)
    {
        if (!raw)
        {
            writer.Write('\uFEFF');
        }

        return CsvWriter.Create(writer, new CsvWriterOptions { Injection = raw ? CsvInjection.None : CsvInjection.Escape }, true);
    }

    /// <summary>Writes one record of text fields.</summary>
    public static void Row(this CsvWriter csv, params string?[] fields)
    {
        foreach (var f in fields)
        {
            csv.WriteField(f);
        }

        csv.EndRecord();
    }
}
