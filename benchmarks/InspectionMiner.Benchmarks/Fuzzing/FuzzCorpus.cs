namespace InspectionMiner.Fuzzing;

/// <summary>The real files mutants are made from: small and large PDFs of each kind, the project's text samples and seed texts.</summary>
public static class FuzzCorpus
{
    public static IReadOnlyList<string> Sources(string repoRoot)
    {
        var shared = Path.GetFullPath(Path.Combine(repoRoot, "..", "shared", "corpus"));
        var pdfs = new[]
        {
            "focused-visits/hillingdon/2020-02-07.pdf",
            "focused-visits/bracknell-forest/2021-08-16.pdf",
            "focused-visits/ealing/2021-12-08.pdf",
            "ilacs/south-tyneside/2026-08-04.pdf",
            "ilacs/luton/2020-02-24.pdf",
        }.Select(p => Path.Combine(shared, p));
        var texts = Directory.GetFiles(Path.Combine(repoRoot, "corpus", "samples"))
            .Concat(Directory.GetFiles(Path.Combine(shared, "seeds"), "*.txt").Order(StringComparer.Ordinal).Take(2));
        return pdfs.Concat(texts.Order(StringComparer.Ordinal)).ToList();
    }
}
