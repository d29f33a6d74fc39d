using System.IO.Compression;
using System.Text;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace InspectionMiner.Tests.Analysis;

/// <summary>
/// The data a report carries, read as the page reads it: the head (JSON: labels, documents, authorities) and the packed
/// findings (gzip in base64, in chunks that each decode alone: a header of four 32-bit counts, typed columns, then the
/// texts in UTF-8, each ending at its cumulative byte offset).
/// </summary>
internal static class ReportPayload
{
    /// <summary>The head's JSON text.</summary>
    public static string Head(string html)
    {
        var head = Regex.Match(html, "<script id=\"head\" type=\"application/json\">([^<]*)</script>");
        Assert.True(head.Success, "the report carries its documents");
        return head.Groups[1].Value;
    }

    /// <summary>The head's documents, in the order the packed findings index them.</summary>
    public static JsonArray Documents(string html) => JsonNode.Parse(Head(html))!["docs"]!.AsArray();

    /// <summary>Every packed finding: its document's index, page, type, area, themes mask, review flag and text.</summary>
    public static IReadOnlyList<(int Doc, int Page, int Type, int Area, uint Themes, bool Review, string Text)> Findings(string html)
    {
        var chunks = Regex.Matches(html, "<script class=\"data\" type=\"application/gzip;base64\">([^<]*)</script>");
        Assert.NotEmpty(chunks);   // the report carries its findings, in chunks of one gzip stream
        using var gzip = new GZipStream(new MemoryStream(chunks.SelectMany(c => Convert.FromBase64String(c.Groups[1].Value)).ToArray()), CompressionMode.Decompress);
        using var bytes = new MemoryStream();
        gzip.CopyTo(bytes);
        var reader = new BinaryReader(new MemoryStream(bytes.ToArray()));
        var (n, m, e) = (reader.ReadInt32(), reader.ReadInt32(), reader.ReadInt32());
        reader.ReadInt32();
        uint[] U32(int count) => Enumerable.Range(0, count).Select(_ => reader.ReadUInt32()).ToArray();
        var themes = U32(n);
        var textEnd = U32(n);
        U32(m + m + e);   // rows and their evidence
        var doc = Enumerable.Range(0, n).Select(_ => (int)reader.ReadUInt16()).ToArray();
        var page = Enumerable.Range(0, n).Select(_ => (int)reader.ReadUInt16()).ToArray();
        var type = reader.ReadBytes(n);
        var area = reader.ReadBytes(n);
        var review = reader.ReadBytes(n);
        reader.ReadBytes(m + e);
        var text = reader.ReadBytes((int)(reader.BaseStream.Length - reader.BaseStream.Position));
        Assert.Equal(n == 0 ? 0 : (int)textEnd[^1], text.Length);
        return Enumerable.Range(0, n).Select(i => (doc[i], page[i], (int)type[i], (int)area[i], themes[i], review[i] == 1,
            Encoding.UTF8.GetString(text, i == 0 ? 0 : (int)textEnd[i - 1], (int)textEnd[i] - (i == 0 ? 0 : (int)textEnd[i - 1])))).ToList();
    }
}
