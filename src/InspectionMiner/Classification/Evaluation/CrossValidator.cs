using System.Security.Cryptography;
using System.Text;
using InspectionMiner.Classification.Training;
using InspectionMiner.Labels;

namespace InspectionMiner.Classification.Evaluation;

/// <summary>
/// K-fold cross-validation split by local authority: every authority's documents fall in exactly one fold, so no
/// authority is ever on both sides. Each fold trains on the other folds' hand labels plus the weak labels of their
/// authorities, and is scored on its own hand labels only. The keyword baseline is scored on the same units.
/// </summary>
/// <example>
/// <code>
/// IReadOnlyList&lt;Annotation&gt; annotations = await AnnotationStore.ReadAllAsync("corpus/annotations", cancellationToken: ct);
/// TrainingSet set = await TrainingSetBuilder.BuildAsync("../shared/corpus", annotations, cancellationToken: ct);
/// CrossValidationResult cv = CrossValidator.Run(set.Examples, folds: 5, options: new ModelTrainerOptions(Trainer: "lbfgs"));
/// Console.WriteLine($"area accuracy: model {cv.Model.AreaWithStructure.Accuracy:P1}, keyword baseline {cv.Baseline.AreaWithStructure.Accuracy:P1}");
/// </code>
/// </example>
public static class CrossValidator
{
    /// <summary>Runs the cross-validation.</summary>
    /// <param name="examples">Hand-labelled examples (and optional weak ones) with their authority as group.</param>
    /// <param name="folds">Number of folds.</param>
    /// <param name="options">Training options.</param>
    /// <param name="progress">Receives a line per fold.</param>
    public static CrossValidationResult Run(IReadOnlyList<LabeledUnit> examples, int folds = 5, ModelTrainerOptions? options = null, IProgress<string>? progress = null)
    {
        ArgumentNullException.ThrowIfNull(examples);
        options = (options ?? new ModelTrainerOptions()) with { Calibrate = false };
        var hand = examples.Where(e => e.Source == AnnotationSource.Hand && e.Type is not null && e.Area is not null && e.Themes is not null).ToList();
        var foldOf = AssignFolds(hand, folds, options.Seed);

        var gold = new List<LabeledUnit>();
        var modelFull = new List<Finding>();
        var modelText = new List<Finding>();
        var modelAlone = new List<Finding>();
        var baseFull = new List<Finding>();
        var baseText = new List<Finding>();
        var foldSizes = new List<(int, int)>();
        var baseline = new KeywordBaseline();
        for (var k = 0; k < folds; k++)
        {
            var test = hand.Where(e => foldOf[e.Group] == k).ToList();
            var train = examples.Where(e => !foldOf.TryGetValue(e.Group, out var f) || f != k).ToList();
            var model = ModelTrainer.Train(train, options);
            var contexts = test.Select(e => e.Context).ToList();
            var stripped = contexts.Select(c => c.WithoutStructure()).ToList();
            gold.AddRange(test);
            modelFull.AddRange(WithParagraphs(model, test));
            modelText.AddRange(model.Classify(stripped));
            modelAlone.AddRange(model.Classify(contexts.Select(c => new UnitContext(c.Text, null)).ToList()));
            baseFull.AddRange(baseline.Classify(contexts));
            baseText.AddRange(baseline.Classify(stripped));
            foldSizes.Add((test.Count, test.Select(e => e.Group).Distinct().Count()));
            progress?.Report($"fold {k + 1}/{folds}: trained on {train.Count} examples, held out {test.Count} units of {foldSizes[^1].Item2} authorities");
        }

        var goldThemes = gold.Select(g => (IReadOnlyCollection<Theme>)g.Themes!.ToArray()).ToList();
        var sweep = new[] { 0.2f, 0.25f, 0.3f, 0.35f, 0.4f, 0.45f, 0.5f }
            .Select(t => (t, MultilabelReport.Compute<Theme>(goldThemes, modelFull.Select(f => (IReadOnlyCollection<Theme>)f.ThemeScores.Where(s => s.Probability >= t).Select(s => s.Label).ToArray()).ToList()).MicroF1))
            .ToList();
        return new CrossValidationResult(Score("model", gold, modelFull, modelText), Score("keyword baseline", gold, baseFull, baseText), foldSizes, gold.Count, examples.Count,
            sweep, gold.Zip(modelFull).ToList(), modelText, modelAlone);
    }

    /// <summary>
    /// The findings of <paramref name="units"/> as a document's are mined: each blended with the other sentences of its
    /// paragraph (<see cref="LabeledUnit.Paragraph"/>), which are classified with them.
    /// </summary>
    internal static IReadOnlyList<Finding> WithParagraphs(FindingClassifier model, IReadOnlyList<LabeledUnit> units)
    {
        var contexts = units.Select(u => u.Context).Concat(units.SelectMany(u => u.Paragraph)).ToList();
        var found = model.Classify(contexts);
        var result = new Finding[units.Count];
        var next = units.Count;
        for (var i = 0; i < units.Count; i++)
        {
            var paragraph = new Finding[units[i].Paragraph.Count];
            for (var j = 0; j < paragraph.Length; j++)
            {
                paragraph[j] = found[next++];
            }

            result[i] = ParagraphBlend.Apply(found[i], paragraph, model.Info);
        }

        return result;
    }

    /// <summary>Scores findings against the gold labels of the same units.</summary>
    public static EvaluationResult Score(string name, IReadOnlyList<LabeledUnit> gold, IReadOnlyList<Finding> withStructure, IReadOnlyList<Finding> fromText)
    {
        ArgumentNullException.ThrowIfNull(gold);
        ArgumentNullException.ThrowIfNull(withStructure);
        ArgumentNullException.ThrowIfNull(fromText);
        return new EvaluationResult(
            name,
            MulticlassReport.Compute(gold.Select(g => g.Type!.Value).ToList(), withStructure.Select(f => f.Type).ToList()),
            MulticlassReport.Compute(gold.Select(g => g.Area!.Value).ToList(), withStructure.Select(f => f.Area).ToList()),
            MulticlassReport.Compute(gold.Select(g => g.Area!.Value).ToList(), fromText.Select(f => f.Area).ToList()),
            MultilabelReport.Compute<Theme>(gold.Select(g => (IReadOnlyCollection<Theme>)g.Themes!.ToArray()).ToList(), withStructure.Select(f => (IReadOnlyCollection<Theme>)f.Themes.ToArray()).ToList()),
            MulticlassReport.Compute(
                gold.Where(g => g.Context.SectionKind == Structure.SectionKind.Judgement && !g.Context.IsHeading).Select(g => g.Area!.Value).ToList(),
                gold.Zip(withStructure).Where(p => p.First.Context.SectionKind == Structure.SectionKind.Judgement && !p.First.Context.IsHeading).Select(p => p.Second.Area).ToList()));
    }

    /// <summary>Assigns each authority to a fold: largest first, to the fold with fewest units so far; ties broken by a seeded hash.</summary>
    public static IReadOnlyDictionary<string, int> AssignFolds(IReadOnlyList<LabeledUnit> examples, int folds, int seed)
    {
        ArgumentNullException.ThrowIfNull(examples);
        var sizes = new int[folds];
        var result = new Dictionary<string, int>();
        foreach (var group in examples.GroupBy(e => e.Group).OrderByDescending(g => g.Count()).ThenBy(g => StableHash(g.Key, seed)))
        {
            var target = Array.IndexOf(sizes, sizes.Min());
            result[group.Key] = target;
            sizes[target] += group.Count();
        }

        return result;
    }

    private static string StableHash(string key, int seed) =>
        Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(seed + ":" + key)));
}
