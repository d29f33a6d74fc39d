using System.Collections.Concurrent;
using InspectionMiner.Facts;
using InspectionMiner.Ingestion;
using InspectionMiner.Labels;
using InspectionMiner.Structure;

namespace InspectionMiner.Classification.Training;

/// <summary>
/// Rebuilds the training set from the corpus: parses every annotated document under the corpus root, finds each
/// annotated unit by its hash, and reports the annotations that no longer resolve. Optionally adds weak labels
/// derived from structure (see <see cref="AnnotationSource.Structure"/>) from other documents.
/// </summary>
/// <example>
/// <code>
/// var corpusRoot = "../shared/corpus";
/// IReadOnlyList&lt;Annotation&gt; annotations = await AnnotationStore.ReadAllAsync("corpus/annotations", cancellationToken: ct);
///
/// // Weak labels from every ILACS report under the corpus root, at most 30 per document.
/// var weak = Directory.GetFiles(Path.Combine(corpusRoot, "ilacs"), "*.pdf", SearchOption.AllDirectories)
///     .Select(f =&gt; Path.GetRelativePath(corpusRoot, f).Replace('\\', '/'))
///     .ToList();
/// TrainingSet set = await TrainingSetBuilder.BuildAsync(corpusRoot, annotations, weak, weakPerDocument: 30, cancellationToken: ct);
///
/// FindingClassifier model = ModelTrainer.Train(set.Examples);
/// var miner = new Miner(model);
/// </code>
/// </example>
public static class TrainingSetBuilder
{
    /// <summary>Builds the training set.</summary>
    /// <param name="corpusRoot">The folder annotation paths are relative to (e.g. <c>../shared/corpus</c>).</param>
    /// <param name="annotations">Hand annotations.</param>
    /// <param name="weakDocuments">Documents (relative to <paramref name="corpusRoot"/>) to draw weak labels from; none by default.</param>
    /// <param name="weakPerDocument">At most this many weak examples per document (sampled with a fixed seed).</param>
    /// <param name="parser">The parser; a default one when null.</param>
    /// <param name="cancellationToken">Cancels the build.</param>
    public static async Task<TrainingSet> BuildAsync(
        string corpusRoot,
        IReadOnlyList<Annotation> annotations,
        IReadOnlyList<string>? weakDocuments = null,
        int weakPerDocument = 40,
        DocumentParser? parser = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(annotations);
        parser ??= new DocumentParser();
        var byDocument = annotations.GroupBy(a => a.Document).ToDictionary(g => g.Key, g => g.ToList());
        var documents = byDocument.Keys.Concat(weakDocuments ?? []).Distinct().Order(StringComparer.Ordinal).ToList();
        var parsed = new ConcurrentDictionary<string, InspectionDocument?>();
        var failures = new ConcurrentDictionary<string, string>();

        await Parallel.ForEachAsync(documents, new ParallelOptions { CancellationToken = cancellationToken, MaxDegreeOfParallelism = Environment.ProcessorCount }, async (doc, ct) =>
        {
            try
            {
                parsed[doc] = await parser.ParseAsync(Path.Combine(corpusRoot, doc), ct).ConfigureAwait(false);
            }
            catch (DocumentReadException ex)
            {
                failures[doc] = ex.Message;
                parsed[doc] = null;
            }
        }).ConfigureAwait(false);

        var examples = new List<LabeledUnit>();
        var unresolved = new List<UnresolvedAnnotation>();
        foreach (var doc in documents.Where(byDocument.ContainsKey))
        {
            var document = parsed[doc];
            if (document is null)
            {
                unresolved.AddRange(byDocument[doc].Select(a => new UnresolvedAnnotation(a, failures.GetValueOrDefault(doc, "document not found"))));
                continue;
            }

            var units = new Dictionary<string, int>();
            foreach (var u in document.Units)
            {
                units.TryAdd(u.Hash, u.Index);
            }

            var group = GroupOf(doc, document);
            var focus = UnitContext.FocusAreaOf(document);
            foreach (var a in byDocument[doc])
            {
                if (units.TryGetValue(a.Hash, out var index))
                {
                    examples.Add(new LabeledUnit(UnitContext.From(document, index, focus), a.Type, a.Area, a.Themes, doc, group, AnnotationSource.Hand)
                    {
                        Paragraph = ParagraphBlend.OthersOf(document.Units, index).Select(j => UnitContext.From(document, j, focus)).ToArray(),
                    });
                }
                else
                {
                    unresolved.Add(new UnresolvedAnnotation(a, "no unit with this hash: the segmentation changed"));
                }
            }
        }

        if (weakDocuments is not null)
        {
            var random = new Random(17);
            foreach (var doc in weakDocuments.Order(StringComparer.Ordinal))
            {
                if (parsed.GetValueOrDefault(doc) is not { } document)
                {
                    continue;
                }

                var hand = byDocument.TryGetValue(doc, out var annotated) ? annotated.Select(a => a.Hash).ToHashSet() : [];
                var group = GroupOf(doc, document);
                var focus = UnitContext.FocusAreaOf(document);
                var weak = document.Units.Where(u => !u.IsHeading && !hand.Contains(u.Hash)).Select(u => Weak(u, UnitContext.From(document, u.Index, focus), doc, group)).OfType<LabeledUnit>().ToList();
                examples.AddRange(weak.OrderBy(_ => random.Next()).Take(weakPerDocument));
            }
        }

        return new TrainingSet(examples, unresolved, parsed.Count(p => p.Value is not null));
    }

    /// <summary>The local authority a document is about: the corpus folder, else the extracted authority.</summary>
    public static string GroupOf(string relativePath, InspectionDocument document)
    {
        var parts = relativePath.Replace('\\', '/').Split('/');
        if (parts.Length >= 3)
        {
            return parts[^2];
        }

        return document.Facts.Authority?.ToLowerInvariant().Replace(' ', '-') ?? relativePath;
    }

    private static LabeledUnit? Weak(TextUnit unit, UnitContext context, string path, string group)
    {
        return unit.Section.Kind switch
        {
            SectionKind.ImprovementList when unit.ListItem is not null =>
                new LabeledUnit(context, FindingType.Recommendation, null, null, path, group, AnnotationSource.Structure),
            SectionKind.Judgement when unit.Section.Area is { } area =>
                new LabeledUnit(context, null, area, null, path, group, AnnotationSource.Structure),
            _ => null,
        };
    }
}
