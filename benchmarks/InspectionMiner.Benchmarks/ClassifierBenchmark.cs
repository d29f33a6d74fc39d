using BenchmarkDotNet.Attributes;
using InspectionMiner.Classification;
using InspectionMiner.Structure;

namespace InspectionMiner.Benchmarks;

/// <summary>
/// Classification speed of the embedded model on one thread, on 5,000 real units (from 20 ILACS reports).
/// Units per second = 5,000 / mean time. <see cref="Documents"/> classifies the same reports whole, as <c>mine</c> does
/// (contexts built from the parsed document, each sentence blended with its paragraph): the 10 reports' 5,005 units,
/// the last report's units past the 5,000th included.
/// </summary>
[MemoryDiagnoser]
[SimpleJob(launchCount: 1, warmupCount: 2, iterationCount: 8)]
public class ClassifierBenchmark
{
    private FindingClassifier _classifier = null!;
    private List<UnitContext> _units = [];
    private readonly List<InspectionDocument> _documents = [];

    [GlobalSetup]
    public void Setup()
    {
        _classifier = FindingClassifier.LoadEmbedded();
        var parser = new DocumentParser();
        var files = BenchCorpus.IlacsPdfs();
        var step = Math.Max(1, files.Count / 20);
        foreach (var f in files.Where((_, i) => i % step == 0))
        {
            var doc = parser.ParseAsync(f).GetAwaiter().GetResult();
            _documents.Add(doc);
            _units.AddRange(UnitContext.AllOf(doc));
            if (_units.Count >= 5000)
            {
                break;
            }
        }

        _units = _units.Take(5000).ToList();
    }

    [Benchmark]
    public int TypeOnly() => _classifier.ClassifyTypes(_units).Count;

    [Benchmark]
    public int TypeAreaThemes() => _classifier.Classify(_units).Count;

    [Benchmark]
    public int Documents() => _documents.Sum(d => _classifier.Classify(d).Count);
}
