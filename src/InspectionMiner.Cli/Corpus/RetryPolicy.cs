using System.Net;

namespace InspectionMiner.Cli.Corpus;

/// <summary>
/// How often and how patiently a download is tried again after a transient failure (a network error, a timeout,
/// HTTP 408, 429 or 5xx other than 501 and 505): <see cref="Attempts"/> tries in all, waiting
/// <see cref="FirstDelay"/> and then <see cref="Factor"/> times longer each time, or the server's Retry-After when it
/// sends one, never longer than <see cref="MaxDelay"/>.
/// </summary>
internal sealed record RetryPolicy(int Attempts, TimeSpan FirstDelay, double Factor, TimeSpan MaxDelay)
{
    /// <summary>Three tries, waiting 1 s and then 3 s (or Retry-After, at most 30 s).</summary>
    public static RetryPolicy Default { get; } = new(3, TimeSpan.FromSeconds(1), 3, TimeSpan.FromSeconds(30));

    /// <summary>The wait before try <paramref name="attempt"/> (2 for the first retry).</summary>
    public TimeSpan DelayBefore(int attempt, TimeSpan? retryAfter)
    {
        var delay = retryAfter ?? FirstDelay * Math.Pow(Factor, attempt - 2);
        return delay < TimeSpan.Zero ? TimeSpan.Zero : delay > MaxDelay ? MaxDelay : delay;
    }

    /// <summary>True for the HTTP statuses worth trying again: 408, 429 and 5xx other than 501 and 505.</summary>
    public static bool IsTransient(HttpStatusCode status) =>
        status is HttpStatusCode.RequestTimeout or HttpStatusCode.TooManyRequests
        || ((int)status >= 500 && status is not HttpStatusCode.NotImplemented and not HttpStatusCode.HttpVersionNotSupported);
}
