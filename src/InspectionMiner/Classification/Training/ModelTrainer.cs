using InspectionMiner.Labels;
using Microsoft.ML;
using Microsoft.ML.Data;
using Microsoft.ML.Trainers;
using Microsoft.ML.Transforms;
using Microsoft.ML.Transforms.Text;

namespace InspectionMiner.Classification.Training;

/// <summary>
/// Trains the finding model with ML.NET: one shared featuriser (word 1–2-grams and character 3-grams of the text,
/// the main clause, negated words, the section heading, structure tokens, area cues), a maximum-entropy head for the
/// finding type, one for the judgement area, and one calibrated logistic-regression head per theme. Every head is
/// trained on the hand-labelled examples that carry its label; weak area labels (structure-derived) build the
/// <see cref="AreaLexicon"/> whose tokens are among the features. Single-threaded SDCA with a fixed seed, so the same
/// data and seed give the same model.
/// </summary>
/// <example>
/// <code>
/// IReadOnlyList&lt;Annotation&gt; annotations = await AnnotationStore.ReadAllAsync("corpus/annotations", cancellationToken: ct);
/// TrainingSet set = await TrainingSetBuilder.BuildAsync("../shared/corpus", annotations, cancellationToken: ct);
/// FindingClassifier model = ModelTrainer.Train(set.Examples, new ModelTrainerOptions(Seed: 20261123));
///
/// // Save it (what FindingClassifier.Load reads back) and mine with it.
/// await using (var zip = File.Create("findings-model.zip"))
/// await using (var info = File.Create("findings-model.json"))
///     model.Save(zip, info);
/// var miner = new Miner(model);
/// </code>
/// </example>
public static class ModelTrainer
{
    /// <summary>Trains a classifier on <paramref name="examples"/>.</summary>
    /// <exception cref="ArgumentException">There are no type, area or theme labels to learn from.</exception>
    public static FindingClassifier Train(IReadOnlyList<LabeledUnit> examples, ModelTrainerOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(examples);
        options ??= new ModelTrainerOptions();
        var ml = new MLContext(seed: options.Seed);

        // Weak area labels (the judgement section a sentence sits in) build the area lexicon; the heads learn from hand
        // labels only (trained on directly, weak labels made area accuracy worse: README, "The annotated corpus").
        var weakAreas = examples.Where(e => e.Source == AnnotationSource.Structure && e.Area is not null).ToList();
        var lexicon = weakAreas.Count > 0 ? AreaLexicon.Build(weakAreas.Select(e => (e.Context.Text, e.Area!.Value))) : null;
        var hand = examples.Where(e => e.Source == AnnotationSource.Hand).ToList();
        var expanded = options.WithoutStructureCopies
            ? hand.Concat(hand.Where(e => e.Context.SectionKind is not null || e.Context.DocumentKind is not null)
                .Select(e => e with { Context = e.Context.WithoutStructure() })).ToList()
            : hand;
        var textOnlyStart = expanded.Count;
        if (options.TextOnlyCopies)
        {
            expanded = [.. expanded, .. hand.Where(e => e.Context.SectionHeading is not null).Select(e => e with { Context = new UnitContext(e.Context.Text, null) })];
        }

        // One row per example, built and featurised once (the area features tokenise every text, the featuriser every
        // column); each head takes the rows with its label.
        var rows = Rows(expanded, lexicon);
        if (!expanded.Any(e => e.Type is not null) || !expanded.Any(e => e.Area is not null) || !expanded.Any(e => e.Area is not null && !e.Context.HasStructure)
            || !expanded.Any(e => e.Themes is not null))
        {
            throw new ArgumentException("Training needs examples with type, area and theme labels.", nameof(examples));
        }

        var all = ml.Data.LoadFromEnumerable(rows);
        var featurizer = Featurizer(ml, options).Fit(all);
        var (featurized, definition) = Featurized(ml, featurizer.Transform(all));
        IDataView Select(Func<LabeledUnit, int, bool> label) => ml.Data.LoadFromEnumerable(featurized.Where((_, i) => label(expanded[i], i)).ToList(), definition);
        var chain = new List<ITransformer> { featurizer };

        // Finding type, then judgement area: a key map, a maximum-entropy head, and its scores copied out of the
        // way of the next head's "Score" column.
        void AddMulticlassHead(IDataView data, string labelColumn, string keyColumn, string scoreColumn, float? l2 = null)
        {
            var key = ml.Transforms.Conversion.MapValueToKey(keyColumn, labelColumn, keyOrdinality: ValueToKeyMappingEstimator.KeyOrdinality.ByValue).Fit(data);
            data = key.Transform(data);
            var head = Multiclass(ml, options, keyColumn, l2).Fit(data);
            var copy = ml.Transforms.CopyColumns(scoreColumn, "Score").Fit(head.Transform(data));
            chain.AddRange([key, head, copy]);
        }

        // The type heads with a lighter L2 penalty than SDCA picks for itself (cross-validation: type macro-F1 0.904 ->
        // 0.907 at 1e-5 and at 1e-6, AreaForImprovement recall 0.834 -> 0.851; the area heads lose 0.002 and 0.006 of
        // accuracy with it, so they keep SDCA's choice).
        AddMulticlassHead(Select((e, i) => e.Type is not null && i < textOnlyStart), nameof(ModelRow.TypeLabel), ModelColumns.TypeKey, ModelColumns.TypeScore, options.TypeL2);
        AddMulticlassHead(Select((e, i) => e.Area is not null && i < textOnlyStart), nameof(ModelRow.AreaLabel), ModelColumns.AreaKey, ModelColumns.AreaScore);

        // A second area head for units known by text and heading alone (raw sentences): trained with the structure
        // columns, the first head leaves much of the area to them and its text weights are weaker than they could be
        // (cross-validation: area from text and heading 0.863 with the first head, 0.868 with this one).
        AddMulticlassHead(Select((e, i) => e.Area is not null && !e.Context.HasStructure && i < textOnlyStart), nameof(ModelRow.AreaLabel), ModelColumns.AreaTextKey, ModelColumns.AreaTextScore);

        // Area and type heads for sentences given without a heading, trained on the text-only copies (and the few units
        // that have no heading in their document). Without them such a sentence was read like those few, a letter's
        // address and salutation: Neutral and General (cross-validation from text alone: type macro-F1 0.562, area
        // 0.616). Trained into the heads above, the copies cost area from text and heading 0.007 and letters'
        // Recommendation recall 0.05.
        if (options.TextOnlyCopies)
        {
            static bool Plain(LabeledUnit e) => !e.Context.HasStructure && string.IsNullOrWhiteSpace(e.Context.SectionHeading);
            AddMulticlassHead(Select((e, _) => e.Area is not null && Plain(e)), nameof(ModelRow.AreaLabel), ModelColumns.AreaPlainKey, ModelColumns.AreaPlainScore);
            AddMulticlassHead(Select((e, _) => e.Type is not null && Plain(e)), nameof(ModelRow.TypeLabel), ModelColumns.TypePlainKey, ModelColumns.TypePlainScore, options.TypeL2);
        }

        // Themes: one calibrated binary head each, with a lighter L2 penalty than SDCA picks for itself (cross-validation:
        // themes micro-F1 0.782 -> 0.791 at 1e-5, 0.788 at 1e-6; the best threshold stays 0.3).
        var themeData = ml.Data.Cache(Select((e, i) => e.Themes is not null && i < textOnlyStart));
        var themeColumns = new List<string>();
        foreach (var theme in Enum.GetValues<Theme>())
        {
            var name = theme.ToString();
            var trainer = ml.BinaryClassification.Trainers.SdcaLogisticRegression(new SdcaLogisticRegressionBinaryTrainer.Options
            {
                L2Regularization = options.ThemeL2,
                LabelColumnName = name,
                FeatureColumnName = ModelColumns.Features,
                NumberOfThreads = 1,
                Shuffle = false,
            });
            var head = trainer.Fit(themeData);
            var copy = ml.Transforms.CopyColumns("P_" + name, "Probability").Fit(head.Transform(themeData));
            chain.AddRange([head, copy]);
            themeColumns.Add("P_" + name);
        }

        var probe = ml.Data.LoadFromEnumerable(Array.Empty<ModelRow>());
        var partial = new TransformerChain<ITransformer>(chain.ToArray());
        var concat = ml.Transforms.Concatenate(ModelColumns.ThemeScores, themeColumns.ToArray()).Fit(partial.Transform(probe));
        chain.Add(concat);

        var info = new ModelInfo(options.ThemeThreshold, options.Seed, hand.Count, weakAreas.Count, null) { ReviewThreshold = options.ReviewThreshold };
        var model = new FindingClassifier(ml, new TransformerChain<ITransformer>(chain.ToArray()), info, lexicon);
        return options.Calibrate ? ModelCalibrator.Calibrate(model, Evaluation.CrossValidator.Run(examples, 5, options), options.ReviewThreshold) : model;
    }

    /// <summary>
    /// The featurised rows, and the schema to load any of them as a data view whose feature column carries no slot
    /// names. Every head saves the schema it was trained on; with the names (one per n-gram, about 100,000) each of the
    /// 25 heads stored its own copy, which made up most of the model file and most of the time it took to load. The
    /// featuriser keeps them.
    /// </summary>
    private static (List<FeaturizedRow> Rows, SchemaDefinition Definition) Featurized(MLContext ml, IDataView data)
    {
        var definition = SchemaDefinition.Create(typeof(FeaturizedRow));
        definition[nameof(FeaturizedRow.Features)].ColumnType = data.Schema[ModelColumns.Features].Type;
        return (ml.Data.CreateEnumerable<FeaturizedRow>(data, reuseRowObject: false, schemaDefinition: definition).ToList(), definition);
    }

    private static List<ModelRow> Rows(IEnumerable<LabeledUnit> examples, AreaLexicon? lexicon) => examples.Select(e =>
    {
        var row = ModelFeatures.ToRow(e.Context, lexicon);
        row.TypeLabel = e.Type?.ToString() ?? string.Empty;
        row.AreaLabel = e.Area?.ToString() ?? string.Empty;
        row.SetThemes(e.Themes ?? []);
        return row;
    }).ToList();

    private static IEstimator<ITransformer> Featurizer(MLContext ml, ModelTrainerOptions options)
    {
        // Vocabularies are capped (most frequent n-grams kept) so the embedded model stays small and fast.
        TextFeaturizingEstimator.Options Words(int n, bool chars) => new()
        {
            WordFeatureExtractor = new WordBagEstimator.Options { NgramLength = n, UseAllLengths = true, MaximumNgramsCount = [20000] },
            CharFeatureExtractor = chars ? new WordBagEstimator.Options { NgramLength = 3, UseAllLengths = false, MaximumNgramsCount = [20000] } : null,
            KeepPunctuations = false,
            KeepNumbers = true,
            CaseMode = TextNormalizingEstimator.CaseMode.Lower,
            Norm = TextFeaturizingEstimator.NormFunction.L2,
        };

        var chain = new EstimatorChain<ITransformer>();
        foreach (var column in ModelFeatures.Columns)
        {
            chain = chain.Append(ml.Transforms.Text.FeaturizeText(column.Output, Words(column.WordNgram, column.CharGrams && options.CharGrams), column.Input));
        }

        return chain.Append(ml.Transforms.Concatenate(ModelColumns.Features, [.. ModelFeatures.Columns.Select(c => c.Output)]));
    }

    private static IEstimator<ITransformer> Multiclass(MLContext ml, ModelTrainerOptions options, string label, float? l2) =>
        options.Trainer.ToLowerInvariant() switch
        {
            "lbfgs" => ml.MulticlassClassification.Trainers.LbfgsMaximumEntropy(new LbfgsMaximumEntropyMulticlassTrainer.Options
            {
                LabelColumnName = label,
                FeatureColumnName = ModelColumns.Features,
                NumberOfThreads = 1,
            }),
            "sdca" => ml.MulticlassClassification.Trainers.SdcaMaximumEntropy(new SdcaMaximumEntropyMulticlassTrainer.Options
            {
                L2Regularization = l2,
                LabelColumnName = label,
                FeatureColumnName = ModelColumns.Features,
                NumberOfThreads = 1,
                Shuffle = false,
            }),
            _ => throw new ArgumentException($"Unknown trainer '{options.Trainer}' (sdca or lbfgs).", nameof(options)),
        };
}
