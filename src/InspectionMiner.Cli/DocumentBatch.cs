using InspectionMiner.Ingestion;
using InspectionMiner.Structure;

namespace InspectionMiner.Cli;

/// <summary>The outcome of one file of a batch: a parsed document, or the reason it could not be read.</summary>
internal sealed record BatchItem(string Path, InspectionDocument? Document, string? Error);

/// <summary>
/// Parses files on all cores and yields results in input order as they become ready. A file that fails
/// yields its error; the batch goes on.
/// </summary>
internal static class DocumentBatch
{
    public static async IAsyncEnumerable<BatchItem> ParseAsync(
        IReadOnlyList<string> files, DocumentParser parser, [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var window = Math.Max(2, Environment.ProcessorCount * 2);
        var pending = new Queue<Task<BatchItem>>();
        var next = 0;
        while (next < files.Count || pending.Count > 0)
        {
            while (next < files.Count && pending.Count < window)
            {
                var file = files[next++];
                pending.Enqueue(Task.Run(() => ParseOneAsync(file, parser, cancellationToken), cancellationToken));
            }

            yield return await pending.Dequeue().ConfigureAwait(false);
        }
    }

    private static async Task<BatchItem> ParseOneAsync(string file, DocumentParser parser, CancellationToken cancellationToken)
    {
        try
        {
            return new BatchItem(file, await parser.ParseAsync(file, cancellationToken).ConfigureAwait(false), null);
        }
        catch (DocumentReadException e)
        {
            return new BatchItem(file, null, e.Message);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            return new BatchItem(file, null, $"{file}: unexpected failure while parsing: {e.GetType().Name}: {e.Message}");
        }
    }
}
