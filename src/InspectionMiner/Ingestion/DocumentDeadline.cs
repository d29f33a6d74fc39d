namespace InspectionMiner.Ingestion;

/// <summary>
/// Bounds the whole of one document's work (reading, parsing, classifying) by <see cref="ReaderOptions.Timeout"/>.
/// At the deadline the caller gets <see cref="ReadFailureReason.Timeout"/> at once, whatever the work is doing; the
/// work itself is cancelled and stops at its next check (between PDF pages and between stages).
/// </summary>
internal static class DocumentDeadline
{
    public static async Task<T> RunAsync<T>(string name, TimeSpan timeout, Func<CancellationToken, Task<T>> work, CancellationToken cancellationToken)
    {
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        deadline.CancelAfter(timeout);
        var task = Task.Run(() => work(deadline.Token), deadline.Token);
        try
        {
            return await task.WaitAsync(timeout, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception e) when (e is TimeoutException || e is OperationCanceledException && !cancellationToken.IsCancellationRequested)
        {
            await deadline.CancelAsync().ConfigureAwait(false);
            _ = task.ContinueWith(static t => _ = t.Exception, CancellationToken.None, TaskContinuationOptions.OnlyOnFaulted, TaskScheduler.Default);
            throw new DocumentReadException(name, ReadFailureReason.Timeout, $"not mined within the limit of {timeout.TotalSeconds:0.#} s");
        }
    }
}
