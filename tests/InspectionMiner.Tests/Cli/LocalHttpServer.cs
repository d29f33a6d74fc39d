using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;

namespace InspectionMiner.Tests.Cli;

/// <summary>One scripted answer of <see cref="LocalHttpServer"/>: a status and a body.</summary>
internal sealed record Reply(int Status, byte[] Body)
{
    public static Reply Ok(byte[] body) => new(200, body);

    public static Reply Failing(int status) => new(status, System.Text.Encoding.UTF8.GetBytes($"status {status}"));
}

/// <summary>
/// A real HTTP server on 127.0.0.1 (System.Net.HttpListener on a free port) for the download tests. Each path has a
/// script of replies, taken one per request, the last one repeating; any other path is a 404. Every request is
/// logged with its User-Agent.
/// </summary>
internal sealed class LocalHttpServer : IDisposable
{
    private readonly HttpListener _listener = new();
    private readonly ConcurrentDictionary<string, ConcurrentQueue<Reply>> _scripts = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, Reply> _last = new(StringComparer.Ordinal);
    private readonly Task _loop;

    public LocalHttpServer()
    {
        for (var attempt = 0; ; attempt++)
        {
            var port = FreePort();
            _listener.Prefixes.Add($"http://127.0.0.1:{port}/");
            try
            {
                _listener.Start();
                BaseUrl = new Uri($"http://127.0.0.1:{port}");
                break;
            }
            catch (HttpListenerException) when (attempt < 5)
            {
                _listener.Prefixes.Clear();
            }
        }

        _loop = Task.Run(ServeAsync);
    }

    /// <summary><c>http://127.0.0.1:PORT</c>, without a trailing slash.</summary>
    public Uri BaseUrl { get; }

    /// <summary>Every request so far: its path and User-Agent.</summary>
    public ConcurrentQueue<(string Path, string? UserAgent)> Requests { get; } = new();

    /// <summary>Answers requests for <paramref name="path"/> with <paramref name="replies"/> in turn, repeating the last.</summary>
    public string Serve(string path, params Reply[] replies)
    {
        _scripts[path] = new ConcurrentQueue<Reply>(replies);
        _last[path] = replies[^1];
        return BaseUrl + path.TrimStart('/');
    }

    public int RequestsFor(string path) => Requests.Count(r => r.Path == path);

    public void Dispose()
    {
        _listener.Stop();
        _listener.Close();
        try
        {
            _loop.Wait(TimeSpan.FromSeconds(5));
        }
        catch (AggregateException)
        {
            // the loop ends with the listener
        }
    }

    private async Task ServeAsync()
    {
        while (_listener.IsListening)
        {
            HttpListenerContext context;
            try
            {
                context = await _listener.GetContextAsync();
            }
            catch (Exception e) when (e is HttpListenerException or ObjectDisposedException or InvalidOperationException)
            {
                return;
            }

            _ = Task.Run(() => AnswerAsync(context));
        }
    }

    private async Task AnswerAsync(HttpListenerContext context)
    {
        var path = context.Request.Url!.AbsolutePath;
        Requests.Enqueue((path, context.Request.UserAgent));
        var reply = _scripts.TryGetValue(path, out var script)
            ? script.TryDequeue(out var next) ? next : _last[path]
            : Reply.Failing(404);
        try
        {
            context.Response.StatusCode = reply.Status;
            context.Response.ContentType = "application/octet-stream";
            context.Response.ContentLength64 = reply.Body.Length;
            await context.Response.OutputStream.WriteAsync(reply.Body);
            context.Response.Close();
        }
        catch (Exception e) when (e is HttpListenerException or IOException or ObjectDisposedException)
        {
            // the client went away
        }
    }

    private static int FreePort()
    {
        var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        var port = ((IPEndPoint)probe.LocalEndpoint).Port;
        probe.Stop();
        return port;
    }
}
