using InspectionMiner.Ingestion;

namespace InspectionMiner.Cli;

/// <summary>The <c>facts</c> and <c>units</c> batch: folders that could not be searched first (as failures), then every file parsed by the library, in input order.</summary>
internal static class ParseBatch
{
    public static async IAsyncEnumerable<ParseOutcome> RunAsync(DocumentFileList input, [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken ct)
    {
        foreach (var failure in input.Failures)
        {
            yield return new ParseOutcome(failure.Path, null, failure);
        }

        await foreach (var item in new DocumentParser().ParseManyAsync(input.Files, cancellationToken: ct))
        {
            yield return item;
        }
    }
}
