using BenchmarkDotNet.Attributes;
using UglyToad.PdfPig;

namespace InspectionMiner.Benchmarks;

/// <summary>
/// PDF → structured document over every real PDF of ../shared/corpus/ilacs, against PdfPig's own raw
/// <c>page.Text</c> over the same files in the same run, one thread each. One operation = the whole corpus;
/// pages per second = pages / mean time; allocated bytes per page = allocated / pages.
/// </summary>
[MemoryDiagnoser]
[SimpleJob(launchCount: 1, warmupCount: 1, iterationCount: 3, invocationCount: 1)]
public class PdfBenchmark
{
    private readonly DocumentParser _parser = new();
    private IReadOnlyList<string> _files = [];

    [GlobalSetup]
    public void Setup()
    {
        _files = BenchCorpus.IlacsPdfs();
        var pages = 0;
        foreach (var f in _files)
        {
            using var pdf = PdfDocument.Open(f);
            pages += pdf.NumberOfPages;
        }

        Console.WriteLine($"// PDF corpus: {_files.Count} files, {pages} pages");
    }

    [Benchmark(Baseline = true)]
    public long PdfPigRawPageText()
    {
        long chars = 0;
        foreach (var f in _files)
        {
            using var pdf = PdfDocument.Open(f);
            foreach (var page in pdf.GetPages())
            {
                chars += page.Text.Length;
            }
        }

        return chars;
    }

    [Benchmark]
    public long InspectionMinerParse()
    {
        long units = 0;
        foreach (var f in _files)
        {
            units += _parser.ParseAsync(f).GetAwaiter().GetResult().Units.Count;
        }

        return units;
    }
}
