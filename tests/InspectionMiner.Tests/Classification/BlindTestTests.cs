using InspectionMiner.Classification.Evaluation;
using InspectionMiner.Classification.Training;
using InspectionMiner.Labels;

namespace InspectionMiner.Tests.Classification;

/// <summary>The blind test set: drawn from held-out authorities only, and still cut by the parser end to end.</summary>
public class BlindTestTests
{
    private static readonly string Folder = Path.Combine(TestCorpus.RepoRoot, "corpus", "annotations", "blind");

    [Fact]
    public async Task Every_blind_document_belongs_to_a_held_out_authority_and_every_gold_unit_to_a_blind_document()
    {
        var heldOut = HeldOutSet.Load(Path.Combine(Folder, "heldout.csv"));
        var set = await BlindTestSet.LoadAsync(Folder);
        Assert.True(set.Documents.Count >= 24, $"{set.Documents.Count} documents");
        Assert.True(set.Gold.Count >= 2000, $"{set.Gold.Count} gold units");
        Assert.All(set.Documents, d => Assert.True(heldOut.Contains(d.Document), d.Document));
        var documents = set.Documents.Select(d => d.Document).ToHashSet();
        Assert.All(set.Gold, g => Assert.Contains(g.Document, documents));
        Assert.False(heldOut.Contains("ilacs/kensington-chelsea/2019-01-01.pdf"));
        Assert.False(heldOut.Contains("ilacs/kent-x/2019-01-01.pdf"));
    }

    [Fact]
    public async Task No_training_annotation_comes_from_a_held_out_authority_once_excluded()
    {
        var heldOut = HeldOutSet.Load(Path.Combine(Folder, "heldout.csv"));
        var hand = await AnnotationStore.ReadAllAsync(Path.Combine(TestCorpus.RepoRoot, "corpus", "annotations"), "hand");
        var kept = hand.Where(a => !heldOut.Contains(a.Document)).ToList();
        var heldAuthorities = heldOut.Authorities.ToHashSet();
        Assert.DoesNotContain(kept, a => a.Document.Split('/') is [_, var authority, _] && heldAuthorities.Contains(authority));
        Assert.DoesNotContain(kept, a => a.Document == "seeds/004_5aa3ec0cefff1f0c.txt");
        Assert.True(kept.Count < hand.Count);
    }

    [Fact]
    public async Task The_parser_still_cuts_every_gold_unit_of_a_blind_letter_and_a_blind_report()
    {
        var set = await BlindTestSet.LoadAsync(Folder);
        string[] picked = ["focused-visits/gateshead/2018-05-09.pdf", "ilacs/kent/2013-08-23.pdf"];
        var small = set with
        {
            Documents = set.Documents.Where(d => picked.Contains(d.Document)).ToList(),
            Gold = set.Gold.Where(g => picked.Contains(g.Document)).ToList(),
        };
        var result = await BlindTest.RunAsync(new Miner(), TestCorpus.Shared, small);
        Assert.Equal(2, result.Documents);
        Assert.Equal(0, result.Unresolved);
        Assert.Equal(small.Gold.Count, result.Units);
        Assert.Contains(result.Strata, s => s.Name == "framework: PreSif" && s.Documents == 1);
        Assert.Contains(result.Strata, s => s.Name == "letters: 2018-2020" && s.Documents == 1);
    }

    [Fact]
    public void Expected_calibration_error_weighs_each_bin_by_its_share()
    {
        // Two bins used: [0.9, 1.0] with confidence 0.95 and 0.95, one right (accuracy 0.5, gap 0.45);
        // [0.6, 0.7) with 0.65, right (gap 0.35). ECE = 2/3 * 0.45 + 1/3 * 0.35.
        var report = CalibrationReport.Compute([0.95f, 0.95f, 0.65f], [true, false, true]);
        Assert.Equal((2 / 3.0 * 0.45) + (1 / 3.0 * 0.35), report.ExpectedCalibrationError, 4);
        Assert.Equal(2, report.Bins[9].Count);
        Assert.Equal(1, report.Bins[6].Count);
        Assert.Equal(3, report.Bins.Sum(b => b.Count));
    }
}
