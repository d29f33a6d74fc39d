using System.Buffers;
using System.Security.Cryptography;

namespace InspectionMiner.Cli.Corpus;

/// <summary>
/// Fetches one manifest row into the corpus layout under a root folder. A file already in place with the manifest's
/// size and SHA-256 is left alone. Otherwise the body is streamed into a temporary file beside the target while it is
/// hashed, and moved into place only when its size and SHA-256 match the manifest; a mismatch is a checksum error and
/// the temporary file is deleted, so a wrong or partial file never takes a document's name. Transient failures are
/// tried again as <see cref="RetryPolicy"/> says; an HTTP error such as 404 or a checksum error is not.
/// </summary>
internal sealed class CorpusDownloader(HttpClient client, string root, Uri? baseUrl, RetryPolicy retry, TimeSpan timeout)
{
    private const int BufferSize = 1 << 16;

    /// <summary>Slack beyond the expected size before a body is cut off as certainly wrong (and not hashed further).</summary>
    private const long OversizeSlack = 16L << 20;

    /// <summary>
    /// Brings <paramref name="entry"/> into place; <paramref name="received"/> is told of every chunk of body read.
    /// Never throws but for cancellation: anything else that goes wrong is a failed result naming the cause.
    /// </summary>
    public async Task<DownloadResult> DownloadAsync(ManifestEntry entry, Action<long> received, CancellationToken cancellationToken)
    {
        try
        {
            return await FetchAsync(entry, received, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception e) when (e is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            return new DownloadResult(entry, DownloadOutcome.Failed, Error: $"unexpected failure: {e.GetType().Name}: {e.Message}");
        }
    }

    private async Task<DownloadResult> FetchAsync(ManifestEntry entry, Action<long> received, CancellationToken cancellationToken)
    {
        var target = entry.PathUnder(root);
        if (await FileDigest.MatchesAsync(target, entry, cancellationToken).ConfigureAwait(false))
        {
            return new DownloadResult(entry, DownloadOutcome.AlreadyThere, entry.Bytes);
        }

        if (entry.SourceUrl is null)
        {
            return new DownloadResult(entry, DownloadOutcome.NoSourceUrl);
        }

        var uri = SourceUrl.Resolve(entry.SourceUrl, baseUrl);
        var folder = Path.GetDirectoryName(target)!;
        Directory.CreateDirectory(folder);
        foreach (var leftover in Directory.EnumerateFiles(folder, Path.GetFileName(target) + ".*.part"))
        {
            File.Delete(leftover); // from a run that was killed before it could clean up
        }

        for (var attempt = 1; ; attempt++)
        {
            var tried = await TryOnceAsync(entry, uri, target, received, cancellationToken).ConfigureAwait(false);
            if (tried.Result is { } done)
            {
                return done;
            }

            if (attempt >= retry.Attempts)
            {
                var tries = retry.Attempts == 1 ? "1 try" : $"{retry.Attempts} tries";
                return new DownloadResult(entry, DownloadOutcome.Failed, Error: $"{tried.TransientError} from {uri} (gave up after {tries})");
            }

            await Task.Delay(retry.DelayBefore(attempt + 1, tried.RetryAfter), cancellationToken).ConfigureAwait(false);
        }
    }

    private async Task<Attempt> TryOnceAsync(ManifestEntry entry, Uri uri, string target, Action<long> received, CancellationToken cancellationToken)
    {
        var temp = $"{target}.{Guid.NewGuid().ToString("N")[..8]}.part";
        using var attemptCancellation = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        attemptCancellation.CancelAfter(timeout);
        var token = attemptCancellation.Token;
        try
        {
            using var response = await client.GetAsync(uri, HttpCompletionOption.ResponseHeadersRead, token).ConfigureAwait(false);
            if (!response.IsSuccessStatusCode)
            {
                var status = $"HTTP {(int)response.StatusCode} {response.ReasonPhrase}".TrimEnd();
                return RetryPolicy.IsTransient(response.StatusCode)
                    ? Attempt.Transient(status, RetryAfter(response))
                    : Attempt.Done(new DownloadResult(entry, DownloadOutcome.Failed, Error: $"{status} from {uri}"));
            }

            var (bytes, sha) = await SaveAsync(response, temp, entry.Bytes + OversizeSlack, received, token).ConfigureAwait(false);
            if (sha is null)
            {
                return Attempt.Done(ChecksumError(entry, uri, $"more than {bytes} bytes (cut off)"));
            }

            if (bytes != entry.Bytes || sha != entry.Sha256)
            {
                return Attempt.Done(ChecksumError(entry, uri, $"sha256 {sha} ({bytes} bytes)"));
            }

            File.Move(temp, target, overwrite: true);
            return Attempt.Done(new DownloadResult(entry, DownloadOutcome.Downloaded, bytes));
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return Attempt.Transient($"no complete answer within {timeout.TotalSeconds:0} s", null);
        }
        catch (HttpRequestException e)
        {
            return Attempt.Transient($"network error: {e.Message}", null);
        }
        catch (IOException e)
        {
            return Attempt.Transient($"transfer broken off: {e.Message}", null);
        }
        finally
        {
            if (File.Exists(temp))
            {
                File.Delete(temp);
            }
        }
    }

    /// <summary>Streams the body into <paramref name="temp"/> while hashing it; the hash is null when the body ran past <paramref name="limit"/>.</summary>
    private static async Task<(long Bytes, string? Sha256)> SaveAsync(HttpResponseMessage response, string temp, long limit, Action<long> received, CancellationToken token)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        var buffer = ArrayPool<byte>.Shared.Rent(BufferSize);
        try
        {
            long bytes = 0;
            await using var body = await response.Content.ReadAsStreamAsync(token).ConfigureAwait(false);
            await using var file = new FileStream(temp, FileMode.CreateNew, FileAccess.Write, FileShare.None, BufferSize, useAsync: true);
            int n;
            while ((n = await body.ReadAsync(buffer.AsMemory(0, BufferSize), token).ConfigureAwait(false)) > 0)
            {
                bytes += n;
                received(n);
                if (bytes > limit)
                {
                    return (limit, null);
                }

                hash.AppendData(buffer, 0, n);
                await file.WriteAsync(buffer.AsMemory(0, n), token).ConfigureAwait(false);
            }

            await file.FlushAsync(token).ConfigureAwait(false);
            return (bytes, Convert.ToHexStringLower(hash.GetHashAndReset()));
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    private static DownloadResult ChecksumError(ManifestEntry entry, Uri uri, string actual) =>
        new(entry, DownloadOutcome.Failed, Error: $"checksum error: expected sha256 {entry.Sha256} ({entry.Bytes} bytes), got {actual} from {uri}; not kept");

    private static TimeSpan? RetryAfter(HttpResponseMessage response) =>
        response.Headers.RetryAfter switch
        {
            { Delta: { } delta } => delta,
            { Date: { } date } => date - DateTimeOffset.UtcNow,
            _ => null,
        };

    /// <summary>One try: either a final result, or a transient failure worth another try.</summary>
    private readonly record struct Attempt(DownloadResult? Result, string? TransientError, TimeSpan? RetryAfter)
    {
        public static Attempt Done(DownloadResult result) => new(result, null, null);

        public static Attempt Transient(string error, TimeSpan? retryAfter) => new(null, error, retryAfter);
    }
}
