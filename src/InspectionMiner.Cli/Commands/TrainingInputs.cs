using System.CommandLine;
using InspectionMiner.Classification.Evaluation;
using InspectionMiner.Classification.Training;

namespace InspectionMiner.Cli.Commands;

/// <summary>The options <c>train</c> and <c>evaluate</c> share, and how they build the training set.</summary>
internal sealed class TrainingInputs
{
    public Option<string> Corpus { get; } = new("--corpus") { Description = "The corpus root annotation paths are relative to.", DefaultValueFactory = _ => Path.Combine("..", "shared", "corpus") };

    public Option<string[]> Annotations { get; } = new("--annotations")
    {
        Description = "Hand annotations: JSONL files, or folders whose hand*.jsonl files are read (default: corpus/annotations, every hand*.jsonl file there).",
        DefaultValueFactory = _ => [Path.Combine("corpus", "annotations")],
        AllowMultipleArgumentsPerToken = true,
    };

    public Option<string[]> Reviewed { get; } = new("--reviewed")
    {
        Description = "Review sheets (CSV from `inspection-miner review`) whose reviewed rows are added as hand labels; a document path in them is taken as it is when absolute, else under --corpus.",
        AllowMultipleArgumentsPerToken = true,
    };

    public Option<string> HeldOut { get; } = new("--held-out")
    {
        Description = "Documents kept out of training and cross-validation for the blind test set: a CSV of authorities and their document path prefixes (default: corpus/annotations/blind/heldout.csv; nothing is held out when the file is absent).",
        DefaultValueFactory = _ => Path.Combine("corpus", "annotations", "blind", "heldout.csv"),
    };

    public Option<bool> Weak { get; } = new("--weak") { Description = "Learn the area lexicon from weak labels derived from structure (the judgement section each sentence of every ILACS report under the corpus root sits in); on by default, --weak false to train on hand labels alone.", DefaultValueFactory = _ => true };

    public Option<int> WeakPerDocument { get; } = new("--weak-per-document") { Description = "At most this many weak labels per document (all by default).", DefaultValueFactory = _ => 100_000 };

    public Option<int> Seed { get; } = new("--seed") { Description = "Random seed.", DefaultValueFactory = _ => new ModelTrainerOptions().Seed };

    public Option<string> Trainer { get; } = new("--trainer") { Description = "Multiclass trainer: sdca or lbfgs.", DefaultValueFactory = _ => "sdca" };

    public Option<bool> NoCharGrams { get; } = new("--no-char-grams") { Description = "Word n-grams only (no character 3-grams)." };

    public Option<float> ThemeThreshold { get; } = new("--theme-threshold") { Description = "Probability from which a theme is assigned.", DefaultValueFactory = _ => new ModelTrainerOptions().ThemeThreshold };

    public Option<bool> Calibrate { get; } = new("--calibrate") { Description = "Fit a temperature for the type and the area confidence on a 5-fold cross-validation by authority before training (train only: five more trainings; see --cv-report)." };

    public Option<float> ReviewThreshold { get; } = new("--review-threshold") { Description = "Units whose calibrated type or area confidence is below this are flagged for review (needsReview).", DefaultValueFactory = _ => new ModelTrainerOptions().ReviewThreshold };

    public void AddTo(Command command)
    {
        foreach (var option in new Option[] { Corpus, Annotations, Reviewed, HeldOut, Weak, WeakPerDocument, Seed, Trainer, NoCharGrams, ThemeThreshold, Calibrate, ReviewThreshold })
        {
            command.Options.Add(option);
        }
    }

    public ModelTrainerOptions Options(ParseResult result) => new(
        result.GetValue(Seed),
        !result.GetValue(NoCharGrams),
        result.GetValue(Trainer)!,
        result.GetValue(ThemeThreshold))
    {
        Calibrate = result.GetValue(Calibrate),
        ReviewThreshold = result.GetValue(ReviewThreshold),
    };

    /// <summary>
    /// What <paramref name="command"/> needs and cannot find (the hand annotations, the corpus they point into), said
    /// so that a user knows what to give it; null when everything is there.
    /// </summary>
    public string? Missing(ParseResult result, string command)
    {
        var problems = new List<string>();
        foreach (var path in result.GetValue(Annotations)!)
        {
            if (Directory.Exists(path) ? Directory.GetFiles(path, "hand*.jsonl").Length == 0 : !File.Exists(path))
            {
                problems.Add($"'{path}' is neither a JSONL file of annotations nor a folder holding hand*.jsonl files.");
            }
        }

        if (problems.Count > 0)
        {
            problems.Add("Run it from a clone of the repository (its corpus/annotations holds the hand labels), or pass --annotations FILE|FOLDER " +
                         "(JSONL, one {\"document\",\"hash\",\"type\",\"area\",\"themes\"} per line).");
        }

        var corpus = result.GetValue(Corpus)!;
        if (!Directory.Exists(corpus))
        {
            problems.Add($"The corpus root '{corpus}' does not exist: pass --corpus DIR, the folder the annotations' document paths are relative to " +
                         "(ilacs/..., focused-visits/..., seeds/...); `inspection-miner corpus download --out DIR` rebuilds it from Ofsted's site.");
        }

        return problems.Count == 0 ? null : $"{command} needs hand annotations and the corpus they label:{Environment.NewLine}  " + string.Join(Environment.NewLine + "  ", problems);
    }

    /// <summary>Reads the annotations, parses the corpus, and reports on stderr how many annotations no longer resolve.</summary>
    public async Task<TrainingSet> BuildAsync(ParseResult result, CancellationToken ct)
    {
        var corpus = result.GetValue(Corpus)!;
        var annotations = new List<Annotation>();
        foreach (var path in result.GetValue(Annotations)!)
        {
            if (Directory.Exists(path))
            {
                annotations.AddRange(await AnnotationStore.ReadAllAsync(path, "hand", ct));
                continue;
            }

            await foreach (var a in AnnotationStore.ReadAsync(path, ct))
            {
                annotations.Add(a);
            }
        }

        foreach (var sheet in result.GetValue(Reviewed) ?? [])
        {
            var reviewed = ReviewSheet.Read(sheet);
            annotations.AddRange(reviewed);
            Console.Error.WriteLine($"{sheet}: {reviewed.Count} reviewed units added as hand labels");
        }

        var heldOut = HeldOutSet.Load(result.GetValue(HeldOut)!);
        var all = annotations.Count;
        annotations.RemoveAll(a => heldOut.Contains(a.Document));
        if (heldOut.Authorities.Count > 0)
        {
            Console.Error.WriteLine($"held out for the blind test set: {heldOut.Authorities.Count} authorities, {all - annotations.Count} of their annotations left out");
        }

        IReadOnlyList<string>? weak = null;
        if (result.GetValue(Weak))
        {
            var ilacs = Path.Combine(corpus, "ilacs");
            weak = Directory.Exists(ilacs)
                ? Directory.GetFiles(ilacs, "*.pdf", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(corpus, f).Replace('\\', '/')).Where(d => !heldOut.Contains(d)).Order(StringComparer.Ordinal).ToList()
                : [];
        }

        var set = await TrainingSetBuilder.BuildAsync(corpus, annotations, weak, result.GetValue(WeakPerDocument), cancellationToken: ct);
        var hand = set.Hand.Count();
        Console.Error.WriteLine($"training set: {annotations.Count} annotations, {hand} resolved, {set.Unresolved.Count} no longer resolve; {set.Examples.Count - hand} weak labels; {set.Documents} documents parsed");
        foreach (var group in set.Unresolved.GroupBy(u => u.Reason))
        {
            Console.Error.WriteLine($"  unresolved ({group.Key}): {group.Count()} in {group.Select(g => g.Annotation.Document).Distinct().Count()} documents");
        }

        return set;
    }
}
