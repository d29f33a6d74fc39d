using System.Net;

namespace InspectionMiner.Cli.Corpus;

/// <summary>
/// The one <see cref="HttpClient"/> of a corpus download: a User-Agent naming the tool, as many connections per host
/// as downloads run at once, and no client-wide timeout (each try has its own, covering the body as well as the
/// headers; see <see cref="CorpusDownloader"/>).
/// </summary>
internal static class DownloadClient
{
    /// <summary>The User-Agent sent with every request, e.g. <c>inspection-miner/1.0.0 (corpus download)</c>.</summary>
    public static string UserAgent { get; } =
        $"inspection-miner/{typeof(DownloadClient).Assembly.GetName().Version?.ToString(3) ?? "0.0.0"} (corpus download)";

    /// <summary>Creates the client; dispose it when the download is over.</summary>
    public static HttpClient Create(int parallel)
    {
        var handler = new SocketsHttpHandler
        {
            AutomaticDecompression = DecompressionMethods.All,
            ConnectTimeout = TimeSpan.FromSeconds(30),
            MaxConnectionsPerServer = Math.Max(1, parallel),
            PooledConnectionLifetime = TimeSpan.FromMinutes(5),
        };
        var client = new HttpClient(handler) { Timeout = Timeout.InfiniteTimeSpan };
        client.DefaultRequestHeaders.UserAgent.ParseAdd(UserAgent);
        return client;
    }
}
