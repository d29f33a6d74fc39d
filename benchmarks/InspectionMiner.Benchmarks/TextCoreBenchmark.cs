using System.Text;
using BenchmarkDotNet.Attributes;

namespace InspectionMiner.Benchmarks;

/// <summary>
/// The text-only parsing core (clean text → layout → sentences, sections and facts) on real report text: the text of
/// 40 ILACS reports, parsed first from PDF, then fed back as one plain-text document per report. Throughput in MB/s
/// is the total UTF-8 size divided by the mean time.
/// </summary>
[MemoryDiagnoser]
[SimpleJob(launchCount: 1, warmupCount: 2, iterationCount: 8)]
public class TextCoreBenchmark
{
    private readonly DocumentParser _parser = new();
    private string[] _texts = [];

    /// <summary>Total UTF-8 bytes parsed per operation.</summary>
    public long Bytes { get; private set; }

    [GlobalSetup]
    public void Setup()
    {
        var files = BenchCorpus.IlacsPdfs();
        var step = Math.Max(1, files.Count / 40);
        _texts = files.Where((_, i) => i % step == 0).Take(40)
            .Select(f => _parser.ParseAsync(f).GetAwaiter().GetResult().Text).ToArray();
        Bytes = _texts.Sum(t => (long)Encoding.UTF8.GetByteCount(t));
        Console.WriteLine($"// text core input: {_texts.Length} documents, {Bytes / 1e6:0.00} MB");
    }

    [Benchmark]
    public int ParseText()
    {
        var units = 0;
        foreach (var text in _texts)
        {
            units += _parser.ParseText(text).Units.Count;
        }

        return units;
    }
}
