using BenchmarkDotNet.Attributes;
using InspectionMiner.Layout;

namespace InspectionMiner.Benchmarks;

/// <summary>
/// Fact extraction alone (authority, kind, framework, dates, inspectors, focus, grades and the checks) on documents
/// already parsed: every fifth real PDF of <c>ilacs/</c> and of <c>focused-visits/</c> (reports of every framework and
/// letters), read once in the setup; one operation extracts the facts of all of them from their blocks.
/// </summary>
[MemoryDiagnoser]
public class FactsBenchmark
{
    private IReadOnlyList<LayoutBlock>[] _documents = [];

    [GlobalSetup]
    public void Setup()
    {
        var parser = new DocumentParser();
        var letters = Directory.GetFiles(Path.Combine(BenchCorpus.Root, "focused-visits"), "*.pdf", SearchOption.AllDirectories).Order(StringComparer.Ordinal);
        var files = BenchCorpus.IlacsPdfs().Where((_, i) => i % 5 == 0).Concat(letters.Where((_, i) => i % 5 == 0)).ToList();
        _documents = files.Select(f => parser.ParseAsync(f).GetAwaiter().GetResult().Blocks).ToArray();
        Console.WriteLine($"// facts input: {_documents.Length} documents, {_documents.Sum(d => d.Count)} blocks");
    }

    [Benchmark]
    public int ExtractFacts()
    {
        var inspectors = 0;
        foreach (var blocks in _documents)
        {
            inspectors += Facts.FactExtractor.Extract(blocks).Inspectors.Count;
        }

        return inspectors;
    }
}
