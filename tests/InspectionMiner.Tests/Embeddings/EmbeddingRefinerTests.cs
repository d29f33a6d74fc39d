using InspectionMiner.Classification;
using InspectionMiner.Embeddings;
using InspectionMiner.Labels;

namespace InspectionMiner.Tests.Embeddings;

/// <summary>The MiniLM embedding heads blended into the shipped model's findings, on real documents.</summary>
public class EmbeddingRefinerTests
{
    private static readonly Lazy<EmbeddingRefiner> Refiner = new(EmbeddingRefiner.LoadEmbedded);

    [Fact]
    public async Task A_refined_document_keeps_every_unit_and_blends_type_and_area_into_distributions()
    {
        var path = TestCorpus.Ilacs("hillingdon/2023-11-20.pdf");
        var plain = await new Miner().MineAsync(path);
        var refined = await new Miner(FindingClassifier.LoadEmbedded().WithRefiner(Refiner.Value)).MineAsync(path);

        Assert.Equal(plain.Units.Select(u => u.Unit.Hash), refined.Units.Select(u => u.Unit.Hash));
        var threshold = FindingClassifier.LoadEmbedded().Info.ReviewThreshold;
        foreach (var (before, after) in plain.Units.Zip(refined.Units).Select(p => (p.First.Finding, p.Second.Finding)))
        {
            Assert.Equal(4, after.TypeAlternatives.Count);
            Assert.Equal(5, after.AreaAlternatives.Count);
            Assert.InRange(after.TypeAlternatives.Sum(a => a.Probability), 0.999f, 1.001f);
            Assert.InRange(after.AreaAlternatives.Sum(a => a.Probability), 0.999f, 1.001f);
            Assert.Equal(after.TypeAlternatives[0].Label, after.Type);
            Assert.Equal(after.AreaAlternatives[0].Label, after.Area);
            Assert.Equal(after.TypeConfidence < threshold || after.AreaConfidence < threshold, after.NeedsReview);
            Assert.Equal(after.ThemeScores.Where(t => t.Probability >= EmbeddingRefiner.ThemeThreshold).Select(t => t.Label), after.Themes);
            Assert.Equal(before.ThemeScores.Select(t => t.Label).Order(), after.ThemeScores.Select(t => t.Label).Order());
        }

        // The heads are a second opinion, not a different classifier: most units keep their type, and the blend moves
        // the confidence of most of them.
        var sameType = plain.Units.Zip(refined.Units).Count(p => p.First.Finding.Type == p.Second.Finding.Type);
        Assert.InRange(sameType, refined.Units.Count * 8 / 10, refined.Units.Count);
        var moved = plain.Units.Zip(refined.Units).Count(p => Math.Abs(p.First.Finding.TypeConfidence - p.Second.Finding.TypeConfidence) > 1e-3);
        Assert.True(moved > refined.Units.Count / 2, $"{moved} of {refined.Units.Count} units' type confidence moved");
    }

    [Fact]
    public async Task Below_a_confidence_only_the_units_the_model_is_unsure_of_are_refined()
    {
        var document = await TestCorpus.ParseAsync(TestCorpus.FocusedVisit("hillingdon/2020-02-07.pdf"));
        var units = UnitContext.AllOf(document);
        var model = FindingClassifier.LoadEmbedded();
        using var embedder = new MiniLmEmbedder();
        var plain = model.Classify(units);
        var gated = model.WithRefiner(new EmbeddingRefiner(Refiner.Value.Heads, embedder, 0.8f)).Classify(units);
        var everyUnit = model.WithRefiner(new EmbeddingRefiner(Refiner.Value.Heads, embedder)).Classify(units);

        var unsure = Enumerable.Range(0, units.Length).Where(i => Math.Min(plain[i].TypeConfidence, plain[i].AreaConfidence) < 0.8f).ToList();
        Assert.InRange(unsure.Count, 1, units.Length - 1);
        for (var i = 0; i < units.Length; i++)
        {
            var expected = unsure.Contains(i) ? everyUnit[i] : plain[i];
            Assert.Equal((expected.Type, expected.TypeConfidence, expected.Area, expected.AreaConfidence), (gated[i].Type, gated[i].TypeConfidence, gated[i].Area, gated[i].AreaConfidence));
            Assert.Equal(expected.Themes, gated[i].Themes);
        }
    }

    [Theory]
    [InlineData(-0.1f)]
    [InlineData(1.01f)]
    [InlineData(float.NaN)]
    public void A_confidence_outside_0_to_1_is_refused(float below)
    {
        using var embedder = new MiniLmEmbedder();
        Assert.Throws<ArgumentOutOfRangeException>(() => new EmbeddingRefiner(Refiner.Value.Heads, embedder, below));
    }

    [Fact]
    public void A_sentence_given_alone_keeps_the_models_finding()
    {
        var model = FindingClassifier.LoadEmbedded();
        const string sentence = "Too many children wait too long for an assessment of their needs.";
        var alone = model.Classify(sentence, "Help and protection");
        var refined = model.WithRefiner(Refiner.Value).Classify(sentence, "Help and protection");
        Assert.Equal((alone.Type, alone.TypeConfidence, alone.Area, alone.AreaConfidence), (refined.Type, refined.TypeConfidence, refined.Area, refined.AreaConfidence));
    }

    [Fact]
    public async Task Saved_heads_load_back_and_score_the_same()
    {
        var document = await TestCorpus.ParseAsync(TestCorpus.FocusedVisit("hillingdon/2020-02-07.pdf"));
        var units = Enumerable.Range(0, document.Units.Count).Select(i => UnitContext.From(document, i)).ToList();
        using var embedder = new MiniLmEmbedder();
        var vectors = embedder.Embed(units.Select(u => u.Text).ToList());
        var heads = Refiner.Value.Heads;
        using var saved = new MemoryStream();
        heads.Save(saved);
        saved.Position = 0;
        var loaded = EmbeddingHeads.Load(saved);
        var a = heads.Score(units, vectors);
        var b = loaded.Score(units, vectors);
        Assert.Equal(a.Select(s => s.Type.OrderBy(p => p.Key).Select(p => p.Value)).SelectMany(x => x), b.Select(s => s.Type.OrderBy(p => p.Key).Select(p => p.Value)).SelectMany(x => x));
        Assert.Equal(a.Select(s => s.Area.OrderBy(p => p.Key).Select(p => p.Value)).SelectMany(x => x), b.Select(s => s.Area.OrderBy(p => p.Key).Select(p => p.Value)).SelectMany(x => x));
        Assert.True(loaded.ScoresThemes);
        Assert.Equal(a.Select(s => s.Themes.OrderBy(p => p.Key).Select(p => p.Value)).SelectMany(x => x), b.Select(s => s.Themes.OrderBy(p => p.Key).Select(p => p.Value)).SelectMany(x => x));
    }

    [Fact]
    public void With_all_weight_on_the_model_the_blend_is_the_models_ranking()
    {
        ScoredLabel<FindingType>[] model =
        [
            new(FindingType.Strength, 0.6f), new(FindingType.Neutral, 0.3f), new(FindingType.AreaForImprovement, 0.08f), new(FindingType.Recommendation, 0.02f),
        ];
        var heads = new Dictionary<FindingType, float> { [FindingType.Strength] = 0.01f, [FindingType.Neutral] = 0.97f, [FindingType.AreaForImprovement] = 0.01f, [FindingType.Recommendation] = 0.01f };
        var kept = EmbeddingRefiner.Blend(model, heads, 1f, 1f);
        Assert.Equal(model.Select(m => m.Label), kept.Select(k => k.Label));
        Assert.Equal(0.6f, kept[0].Probability, 3);
        var even = EmbeddingRefiner.Blend(model, heads, 0.5f, 1f);
        Assert.Equal(FindingType.Neutral, even[0].Label);
    }
}
