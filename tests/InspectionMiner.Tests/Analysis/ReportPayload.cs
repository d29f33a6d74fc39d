using System.IO.Compression;
using System.Text;
using System.Text.RegularExpressions;

namespace InspectionMiner.Tests.Analysis;

/// <summary>The JSON a report carries (gzip in base64 inside its data script), unpacked as the page does.</summary>
internal static class ReportPayload
{
    public static string Json(string html)
    {
        var packed = Regex.Match(html, "<script id=\"data\" type=\"application/gzip;base64\">([^<]*)</script>");
        Assert.True(packed.Success, "the report carries its data");
        using var gzip = new GZipStream(new MemoryStream(Convert.FromBase64String(packed.Groups[1].Value)), CompressionMode.Decompress);
        using var reader = new StreamReader(gzip, Encoding.UTF8);
        return reader.ReadToEnd();
    }
}
