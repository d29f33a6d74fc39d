using System.Collections.Concurrent;
using InspectionMiner.Labels;
using Microsoft.ML;
using Microsoft.ML.Data;

namespace InspectionMiner.Classification;

/// <summary>
/// Tags units with a finding type, a judgement area and themes, each with a probability. The trained model
/// ships inside the library (<see cref="LoadEmbedded"/>); a retrained one loads from a stream.
/// Thread-safe: one instance serves any number of threads (each call rents its own prediction engine from a pool,
/// because an ML.NET <c>PredictionEngine</c> is not thread-safe while the loaded transformer is).
/// </summary>
/// <example>
/// <code>
/// var classifier = FindingClassifier.LoadEmbedded();
/// Finding f = classifier.Classify(UnitContext.FromText("Too many children wait too long for an assessment."));
/// // f.Type == FindingType.AreaForImprovement, f.Area == JudgementArea.HelpAndProtection, f.Themes contains Theme.Assessment
/// </code>
/// </example>
public sealed partial class FindingClassifier : IFindingClassifier
{
    private readonly MLContext _ml;
    private readonly ITransformer _model;
    private readonly FindingType[] _typeOrder;
    private readonly JudgementArea[] _areaOrder;
    private readonly JudgementArea[] _areaTextOrder;
    private readonly JudgementArea[]? _areaPlainOrder;
    private readonly FindingType[]? _typePlainOrder;
    private readonly SchemaDefinition? _outputDefinition;
    private readonly ConcurrentBag<PredictionEngine<ModelRow, ModelOutput>> _engines = [];
    private readonly ConcurrentBag<PredictionEngine<ModelRow, ModelFeaturesOutput>> _featureEngines = [];
    private readonly LinearHeads? _heads;
    private readonly TextFeaturizer? _featurizer;
    private readonly AreaLexicon? _lexicon;
    private readonly IFindingRefiner? _refiner;

    internal FindingClassifier(MLContext ml, ITransformer model, ModelInfo info, AreaLexicon? lexicon)
    {
        _ml = ml;
        _model = model;
        _lexicon = lexicon;
        Info = info;
        var inputSchema = ml.Data.LoadFromEnumerable(Array.Empty<ModelRow>()).Schema;
        var schema = model.GetOutputSchema(inputSchema);
        _typeOrder = KeyNames(schema, ModelColumns.TypeKey).Select(Enum.Parse<FindingType>).ToArray();
        _areaOrder = KeyNames(schema, ModelColumns.AreaKey).Select(Enum.Parse<JudgementArea>).ToArray();
        _areaTextOrder = AreaKeys(schema, ModelColumns.AreaTextKey)
            ?? throw new InvalidDataException("The model has no area head for text and heading: it was not saved by this version's trainer; train it again with `inspection-miner train`.");

        // A model trained without text-only copies (ModelTrainerOptions.TextOnlyCopies false) has no heads for
        // sentences given without a heading, and its pipeline no columns for them.
        _areaPlainOrder = AreaKeys(schema, ModelColumns.AreaPlainKey);
        _typePlainOrder = schema.GetColumnOrNull(ModelColumns.TypePlainKey) is null ? null : KeyNames(schema, ModelColumns.TypePlainKey).Select(Enum.Parse<FindingType>).ToArray();
        if (_areaPlainOrder is null || _typePlainOrder is null)
        {
            _outputDefinition = SchemaDefinition.Create(typeof(ModelOutput));
            _outputDefinition.Remove(_outputDefinition[ModelColumns.AreaPlainScore]);
            _outputDefinition.Remove(_outputDefinition[ModelColumns.TypePlainScore]);
        }

        _heads = LinearHeads.TryRead(model);
        _featurizer = _heads is null ? null : TextFeaturizer.TryCreate(_heads.Featurizer, inputSchema);
    }

    /// <summary>The same model, its heads and featuriser as read already, with other calibration or refiner.</summary>
    private FindingClassifier(FindingClassifier source, ModelInfo info, IFindingRefiner? refiner)
    {
        _ml = source._ml;
        _model = source._model;
        _lexicon = source._lexicon;
        _typeOrder = source._typeOrder;
        _areaOrder = source._areaOrder;
        _areaTextOrder = source._areaTextOrder;
        _areaPlainOrder = source._areaPlainOrder;
        _typePlainOrder = source._typePlainOrder;
        _outputDefinition = source._outputDefinition;
        _engines = source._engines;
        _featureEngines = source._featureEngines;
        _heads = source._heads;
        _featurizer = source._featurizer;
        _refiner = refiner;
        Info = info;
    }

    /// <summary>The same model with other calibration (its <see cref="Info"/> replaced).</summary>
    internal FindingClassifier WithInfo(ModelInfo info) => new(this, info, _refiner);

    /// <summary>
    /// This model with <paramref name="refiner"/> settling every finding of <see cref="Classify(IReadOnlyList{UnitContext})"/>
    /// after the model has scored it (<see cref="ClassifyTypes"/> stays the model's own).
    /// </summary>
    /// <exception cref="ArgumentNullException"><paramref name="refiner"/> is null.</exception>
    public FindingClassifier WithRefiner(IFindingRefiner refiner)
    {
        ArgumentNullException.ThrowIfNull(refiner);
        return new FindingClassifier(this, Info, refiner);
    }

    /// <summary>The refiner attached with <see cref="WithRefiner"/>, if any.</summary>
    public IFindingRefiner? Refiner => _refiner;

    /// <summary>True when plain-text rows are featurised directly from the model's vocabularies rather than by ML.NET.</summary>
    internal bool UsesDirectFeaturizer => _featurizer is not null;

    /// <summary>The featuriser's output for <paramref name="unit"/>: ML.NET's (<paramref name="direct"/> false) or the direct one.</summary>
    internal VBuffer<float>? Features(UnitContext unit, bool direct)
    {
        var row = ModelFeatures.ToRow(unit, _lexicon);
        if (direct)
        {
            var features = default(VBuffer<float>);
            return _featurizer is not null && _featurizer.TryFeaturize(row, new TextFeaturizer.Workspace(), ref features) ? features : null;
        }

        var engine = _ml.Model.CreatePredictionEngine<ModelRow, ModelFeaturesOutput>(_heads!.Featurizer);
        var output = new ModelFeaturesOutput();
        engine.Predict(row, ref output);
        return output.Features;
    }

    /// <summary>True when the model has type and area heads trained on text alone, for sentences given without a heading.</summary>
    internal bool UsesPlainHeads => _areaPlainOrder is not null && _typePlainOrder is not null;

    /// <summary>True when the heads are scored from their weights (fast); false when every row runs the whole ML.NET pipeline.</summary>
    internal bool UsesLinearHeads => _heads is not null;

    /// <summary>What the model was trained on, its seed and its theme threshold.</summary>
    public ModelInfo Info { get; }

    /// <summary>Classifies one unit.</summary>
    public Finding Classify(UnitContext unit) => Classify([unit])[0];

    /// <summary>Classifies a raw sentence, optionally with the heading it sits under.</summary>
    public Finding Classify(string text, string? sectionHeading = null) => Classify(UnitContext.FromText(text, sectionHeading));

    /// <summary>
    /// Classifies every unit of a parsed document, in order: each unit in its context (<see cref="UnitContext.From(Structure.InspectionDocument, int)"/>),
    /// then its type and area blended with those of the other sentences of its paragraph (what <see cref="Miner"/> does).
    /// </summary>
    public IReadOnlyList<Finding> Classify(Structure.InspectionDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        return ParagraphBlend.Apply(document.Units, Classify(UnitContext.AllOf(document)), Info);
    }

    /// <summary>Classifies a batch of units; the findings come back in the same order.</summary>
    public IReadOnlyList<Finding> Classify(IReadOnlyList<UnitContext> units)
    {
        ArgumentNullException.ThrowIfNull(units);
        IReadOnlyList<Finding> findings;
        if (_heads is null)
        {
            findings = ClassifyWithPipeline(units);
        }
        else
        {
            var scored = new Finding[units.Count];
            Score(units, (i, output) => scored[i] = ToFinding(output, units[i]));
            findings = scored;
        }

        var refined = _refiner is null || units.Count == 0 ? findings : _refiner.Refine(units, findings, Info);
        return ImprovementListRule.Apply(units, refined, Info);
    }

    /// <summary>Only the finding type of each unit, with its probability (an improvement list's unit chosen between
    /// Recommendation and Neutral, as <see cref="Classify(IReadOnlyList{UnitContext})"/> chooses it).</summary>
    public IReadOnlyList<ScoredLabel<FindingType>> ClassifyTypes(IReadOnlyList<UnitContext> units)
    {
        ArgumentNullException.ThrowIfNull(units);
        if (_heads is null)
        {
            return ClassifyWithPipeline(units).Select(f => new ScoredLabel<FindingType>(f.Type, f.TypeConfidence)).ToArray();
        }

        var result = new ScoredLabel<FindingType>[units.Count];
        Score(units, (i, output) =>
        {
            var (scores, order) = output.TypePlainScore.Length > 0 ? (output.TypePlainScore, _typePlainOrder!) : (output.TypeScore, _typeOrder);
            if (ImprovementListRule.Takes(units[i])
                && ImprovementListRule.Restricted(ConfidenceCalibration.Apply(Ranked(scores, order), Info.TypeTemperature)) is { } listed)
            {
                result[i] = listed[0];
                return;
            }

            var best = ArgMax(scores);
            result[i] = new ScoredLabel<FindingType>(order[best], ConfidenceCalibration.Calibrated(scores, best, Info.TypeTemperature));
        }, typeOnly: true);
        return result;
    }

    /// <summary>Scores through the whole ML.NET pipeline, row by row (the reference the fast path is tested against).</summary>
    internal IReadOnlyList<Finding> ClassifyWithPipeline(IReadOnlyList<UnitContext> units)
    {
        var findings = new Finding[units.Count];
        var engine = _engines.TryTake(out var e) ? e : _ml.Model.CreatePredictionEngine<ModelRow, ModelOutput>(_model, outputSchemaDefinition: _outputDefinition);
        try
        {
            var output = new ModelOutput();
            for (var i = 0; i < units.Count; i++)
            {
                engine.Predict(ModelFeatures.ToRow(units[i], _lexicon), ref output);
                findings[i] = ToFinding(output, units[i]);
            }
        }
        finally
        {
            _engines.Add(engine);
        }

        return findings;
    }

    private void Score(IReadOnlyList<UnitContext> units, Action<int, ModelOutput> take, bool typeOnly = false)
    {
        var heads = _heads!;
        var engine = _featureEngines.TryTake(out var e) ? e : _ml.Model.CreatePredictionEngine<ModelRow, ModelFeaturesOutput>(heads.Featurizer);
        try
        {
            var features = new ModelFeaturesOutput();
            var direct = default(VBuffer<float>);
            var workspace = new TextFeaturizer.Workspace();
            var output = new ModelOutput();
            for (var i = 0; i < units.Count; i++)
            {
                var row = ModelFeatures.ToRow(units[i], _lexicon);
                var head = HeadsOf(units[i]);
                if (_featurizer is not null && _featurizer.TryFeaturize(row, workspace, ref direct))
                {
                    heads.Score(direct, output, typeOnly, head);
                }
                else
                {
                    engine.Predict(row, ref features);
                    heads.Score(features.Features, output, typeOnly, head);
                }

                take(i, output);
            }
        }
        finally
        {
            _featureEngines.Add(engine);
        }
    }

    private Finding ToFinding(ModelOutput output, UnitContext unit)
    {
        var head = HeadsOf(unit);
        var types = head == ScoringHeads.Plain && _typePlainOrder is not null ? Ranked(output.TypePlainScore, _typePlainOrder) : Ranked(output.TypeScore, _typeOrder);

        var areas = head switch
        {
            ScoringHeads.Text => Ranked(output.AreaTextScore, _areaTextOrder),
            ScoringHeads.Plain => Ranked(output.AreaPlainScore, _areaPlainOrder!),
            _ => Ranked(output.AreaScore, _areaOrder),
        };
        types = ConfidenceCalibration.Apply(types, Info.TypeTemperature);
        areas = ConfidenceCalibration.Apply(areas, Info.AreaTemperature);
        var themes = new ScoredLabel<Theme>[output.ThemeScores.Length];
        for (var t = 0; t < themes.Length; t++)
        {
            themes[t] = new ScoredLabel<Theme>((Theme)t, output.ThemeScores[t]);
        }

        Array.Sort(themes, (a, b) => b.Probability.CompareTo(a.Probability));
        var chosen = themes.Where(t => t.Probability >= Info.ThemeThreshold).Select(t => t.Label).ToArray();
        return new Finding(types[0].Label, types[0].Probability, areas[0].Label, areas[0].Probability, chosen, types, areas, themes)
        {
            NeedsReview = Info.NeedsReview(types[0].Probability, areas[0].Probability),
        };
    }

    /// <summary>
    /// A unit known by its text and heading alone takes the area from the head trained on exactly that, and a unit
    /// known by its text alone from the heads trained on that, when the model has them.
    /// </summary>
    private ScoringHeads HeadsOf(UnitContext unit) => unit.HasStructure ? ScoringHeads.Structure
        : string.IsNullOrWhiteSpace(unit.SectionHeading) && _areaPlainOrder is not null && _typePlainOrder is not null ? ScoringHeads.Plain
        : ScoringHeads.Text;

    private static JudgementArea[]? AreaKeys(DataViewSchema schema, string column) =>
        schema.GetColumnOrNull(column) is null ? null : KeyNames(schema, column).Select(Enum.Parse<JudgementArea>).ToArray();

    private static ScoredLabel<T>[] Ranked<T>(float[] scores, T[] order)
        where T : struct, Enum
    {
        var ranked = new ScoredLabel<T>[order.Length];
        for (var i = 0; i < order.Length; i++)
        {
            ranked[i] = new ScoredLabel<T>(order[i], i < scores.Length ? scores[i] : 0f);
        }

        Array.Sort(ranked, (a, b) => b.Probability.CompareTo(a.Probability));
        return ranked;
    }

    private static int ArgMax(float[] scores)
    {
        var best = 0;
        for (var i = 1; i < scores.Length; i++)
        {
            if (scores[i] > scores[best])
            {
                best = i;
            }
        }

        return best;
    }

    private static string[] KeyNames(DataViewSchema schema, string column)
    {
        var names = default(VBuffer<ReadOnlyMemory<char>>);
        schema[column].GetKeyValues(ref names);
        return names.DenseValues().Select(n => n.ToString()).ToArray();
    }
}
