using System.Runtime.CompilerServices;

namespace InspectionMiner;

/// <summary>
/// The one way a batch runs in parallel here: up to N items are worked on at once, and results come out in input
/// order as soon as each is ready. Up to 8 finished results per worker wait behind a slow one, so the workers rarely
/// idle. <c>work</c> must turn its own failures into results (only cancellation ends the batch).
/// </summary>
internal static class OrderedParallel
{
    public static async IAsyncEnumerable<TOut> RunAsync<TIn, TOut>(
        IEnumerable<TIn> items, int maxParallelism, Func<TIn, CancellationToken, Task<TOut>> work,
        [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var window = Math.Max(1, maxParallelism);
        // Not disposed: a worker still running when the consumer stops early releases its slot afterwards.
        var slots = new SemaphoreSlim(window);
        var pending = new Queue<Task<TOut>>();
        foreach (var item in items)
        {
            while (pending.Count >= window * 8)
            {
                yield return await pending.Dequeue().ConfigureAwait(false);
            }

            await slots.WaitAsync(cancellationToken).ConfigureAwait(false);
            pending.Enqueue(Task.Run(async () =>
            {
                try
                {
                    return await work(item, cancellationToken).ConfigureAwait(false);
                }
                finally
                {
                    slots.Release();
                }
            }, cancellationToken));
        }

        while (pending.Count > 0)
        {
            yield return await pending.Dequeue().ConfigureAwait(false);
        }
    }
}
