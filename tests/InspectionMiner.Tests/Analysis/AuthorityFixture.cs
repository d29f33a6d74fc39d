using InspectionMiner.Analysis;

namespace InspectionMiner.Tests.Analysis;

/// <summary>
/// A findings database of every Tameside document of the real corpus (three inspections, two focused-visit letters),
/// a letter of Rotherham (one of Tameside's statistical neighbours) and one of Bolton (not one), mined once.
/// </summary>
public sealed class AuthorityFixture : IAsyncLifetime
{
    public string DatabasePath { get; } = Path.Combine(Path.GetTempPath(), "im-authority-" + Guid.NewGuid().ToString("N") + ".db");

    public IReadOnlyList<StoredDocument> Documents { get; private set; } = [];

    public IReadOnlyList<StoredFinding> Findings { get; private set; } = [];

    public static IReadOnlyList<string> Files { get; } =
    [
        TestCorpus.Ilacs("tameside/2016-12-09.pdf"), TestCorpus.Ilacs("tameside/2019-07-01.pdf"), TestCorpus.FocusedVisit("tameside/2021-06-25.pdf"),
        TestCorpus.FocusedVisit("tameside/2022-06-06.pdf"), TestCorpus.Ilacs("tameside/2024-02-13.pdf"),
        Directory.GetFiles(Path.Combine(TestCorpus.Shared, "focused-visits", "rotherham"), "*.pdf").Order(StringComparer.Ordinal).First(),
        Directory.GetFiles(Path.Combine(TestCorpus.Shared, "focused-visits", "bolton"), "*.pdf").Order(StringComparer.Ordinal).First(),
    ];

    public async Task InitializeAsync()
    {
        var miner = new Miner();
        await using var db = await FindingsDatabase.OpenAsync(DatabasePath);
        foreach (var file in Files)
        {
            await db.AddAsync(file, await miner.MineAsync(file));
        }

        Documents = await db.DocumentsAsync();
        Findings = await db.FindingsAsync();
    }

    public Task DisposeAsync()
    {
        foreach (var suffix in new[] { string.Empty, "-wal", "-shm" })
        {
            File.Delete(DatabasePath + suffix);
        }

        return Task.CompletedTask;
    }
}
