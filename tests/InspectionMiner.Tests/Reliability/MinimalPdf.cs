using System.Text;

namespace InspectionMiner.Tests.Reliability;

/// <summary>Builds a small PDF by hand (catalog 1 0 R pointing at pages 2 0 R) with a correct cross-reference table.</summary>
internal static class MinimalPdf
{
    public static byte[] With(string objectsAfterCatalog)
    {
        var body = new StringBuilder("%PDF-1.4\n");
        var objects = ("1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n" + objectsAfterCatalog)
            .Split("endobj\n", StringSplitOptions.RemoveEmptyEntries).Select(o => o + "endobj\n").ToList();
        var offsets = new List<int>();
        foreach (var o in objects)
        {
            offsets.Add(Encoding.Latin1.GetByteCount(body.ToString()));
            body.Append(o);
        }

        var xref = Encoding.Latin1.GetByteCount(body.ToString());
        body.Append($"xref\n0 {objects.Count + 1}\n0000000000 65535 f \n");
        foreach (var offset in offsets)
        {
            body.Append($"{offset:D10} 00000 n \n");
        }

        body.Append($"trailer\n<< /Size {objects.Count + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n");
        return Encoding.Latin1.GetBytes(body.ToString());
    }
}
