using InspectionMiner.Fuzzing;
using Xunit.Abstractions;

namespace InspectionMiner.Tests.Reliability;

/// <summary>
/// The CI fuzz run: mutants of corpus PDFs and texts (byte flips, truncations, deep nesting, reference cycles, huge
/// counts, splices, invalid encodings) made with a fixed seed, mined one at a time for up to 90 seconds (so the number
/// run depends on the machine, the mutants never do). The long local mode is the benchmarks' <c>fuzz</c> command.
/// </summary>
[Trait(TestSets.Category, TestSets.Full)] // a time budget of its own
public class FuzzTests(ITestOutputHelper output)
{
    [Fact]
    public void Seeded_mutants_of_corpus_files_never_crash_hang_or_leak_internals()
    {
        var sources = FuzzCorpus.Sources(TestCorpus.RepoRoot);
        Assert.All(sources, s => Assert.True(File.Exists(s), s));

        var report = FuzzRun.Run(new MutantGenerator(sources, seed: 20261204).Generate(), maxMutants: 400, budget: TimeSpan.FromSeconds(90), timeout: TimeSpan.FromSeconds(20));

        output.WriteLine(report.ToMarkdown());
        Assert.True(report.Mutants >= 20, report.ToMarkdown());
        Assert.Empty(report.Crashes);
        Assert.Empty(report.Hangs);
        Assert.Empty(report.Violations);
        Assert.True(report.Outcomes.GetValueOrDefault("mined") > 0, "some mutants are still readable: " + report.ToMarkdown());
    }

    [Fact]
    public void The_same_seed_makes_the_same_mutants()
    {
        var sources = FuzzCorpus.Sources(TestCorpus.RepoRoot);
        var one = new MutantGenerator(sources, 7).Generate().Take(30).Select(m => (m.Mutation, m.Source, Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(m.Bytes)))).ToList();
        var two = new MutantGenerator(sources, 7).Generate().Take(30).Select(m => (m.Mutation, m.Source, Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(m.Bytes)))).ToList();
        Assert.Equal(one, two);
        Assert.True(one.Select(m => m.Mutation).Distinct().Count() > 5);
    }
}
