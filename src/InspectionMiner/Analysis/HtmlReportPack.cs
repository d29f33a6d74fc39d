using System.Text;
using InspectionMiner.Labels;

namespace InspectionMiner.Analysis;

/// <summary>
/// The findings and what became of each recommendation as the report's page unpacks them: columns of little-endian
/// numbers and one text, so the page reads them as typed arrays over one buffer instead of parsing JSON.
/// <list type="bullet">
/// <item>a header of four 32-bit integers: findings <c>n</c>, followed-through rows <c>m</c>, evidence entries <c>e</c>, and 0;</item>
/// <item>32-bit columns: themes of each finding (bit <c>t</c> set for theme <c>t</c>) [n], end of each finding's text in
/// the texts (UTF-8 bytes, cumulative: the page decodes a text when it shows it) [n], finding of each row [m], end of each row's evidence (cumulative) [m],
/// finding of each evidence entry [e];</item>
/// <item>16-bit columns: index of each finding's document in the report's documents [n], its page [n];</item>
/// <item>8-bit columns: type [n], judgement area [n], flagged for review (1) [n], status of each row [m], similarity of
/// each evidence entry in hundredths [e];</item>
/// <item>then the findings' texts one after another, in UTF-8.</item>
/// </list>
/// </summary>
internal static class HtmlReportPack
{
    public static byte[] Build(IReadOnlyList<StoredDocument> documents, IReadOnlyList<StoredFinding> findings, IReadOnlyList<HtmlReportFollowThrough.Row> rows)
    {
        if (Enum.GetValues<Theme>().Length > 32 || documents.Count > ushort.MaxValue)
        {
            throw new InvalidOperationException("The report packs themes in 32 bits and documents in 16.");
        }

        var docIndex = new Dictionary<long, int>();
        for (var i = 0; i < documents.Count; i++)
        {
            docIndex[documents[i].Id] = i;
        }

        var evidence = rows.SelectMany(r => r.Evidence).ToList();
        using var stream = new MemoryStream();
        using (var writer = new BinaryWriter(stream, Encoding.UTF8, leaveOpen: true))   // little-endian
        {
            writer.Write(findings.Count);
            writer.Write(rows.Count);
            writer.Write(evidence.Count);
            writer.Write(0);
            Column(findings, f => writer.Write(f.Themes.Aggregate(0u, (mask, t) => mask | (1u << (int)t))));
            var textEnd = 0;
            Column(findings, f => writer.Write(textEnd += Encoding.UTF8.GetByteCount(f.Text)));
            Column(rows, r => writer.Write(r.Finding));
            var evidenceEnd = 0;
            Column(rows, r => writer.Write(evidenceEnd += r.Evidence.Count));
            Column(evidence, x => writer.Write(x.Finding));
            Column(findings, f => writer.Write((ushort)docIndex[f.DocumentId]));
            Column(findings, f => writer.Write((ushort)Math.Clamp(f.Page, 0, ushort.MaxValue)));
            Column(findings, f => writer.Write((byte)f.Type));
            Column(findings, f => writer.Write((byte)f.Area));
            Column(findings, f => writer.Write((byte)(f.NeedsReview ? 1 : 0)));
            Column(rows, r => writer.Write((byte)r.Status));
            Column(evidence, x => writer.Write((byte)Math.Round(x.Similarity * 100)));
        }

        using (var text = new StreamWriter(stream, new UTF8Encoding(false), 1 << 16, leaveOpen: true))
        {
            Column(findings, f => text.Write(f.Text));
        }

        return stream.ToArray();
    }

    private static void Column<T>(IEnumerable<T> items, Action<T> write)
    {
        foreach (var item in items)
        {
            write(item);
        }
    }
}
