using System.Diagnostics;
using System.Net.WebSockets;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace InspectionMiner.Tests.Analysis;

/// <summary>
/// Debian's headless chromium driven through the DevTools protocol (a WebSocket; .ci/run installs chromium): open a
/// page, evaluate script in it, click at an element's centre with real mouse events, and let downloads land in a folder.
/// </summary>
internal sealed class HeadlessChromium : IAsyncDisposable
{
    private readonly Process _process;
    private readonly ClientWebSocket _browser;
    private readonly ClientWebSocket _page;
    private readonly string _profile;
    private int _id;

    private HeadlessChromium(Process process, ClientWebSocket browser, ClientWebSocket page, string profile) =>
        (_process, _browser, _page, _profile) = (process, browser, page, profile);

    public string Downloads { get; } = Directory.CreateTempSubdirectory("im-downloads-").FullName;

    public static async Task<HeadlessChromium> StartAsync()
    {
        var exe = new[] { "/usr/bin/chromium", "/usr/bin/chromium-browser" }.FirstOrDefault(File.Exists)
            ?? throw new InvalidOperationException("The HTML report tests need a real browser: install Debian's chromium package (apt-get install chromium); .ci/run does.");
        var profile = Directory.CreateTempSubdirectory("im-chromium-").FullName;
        var info = new ProcessStartInfo(exe) { RedirectStandardError = true, RedirectStandardOutput = true, UseShellExecute = false };
        foreach (var a in new[] { "--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--remote-debugging-port=0", "--user-data-dir=" + profile, "--window-size=1280,1000", "about:blank" })
        {
            info.ArgumentList.Add(a);
        }

        var process = Process.Start(info)!;
        _ = process.StandardOutput.ReadToEndAsync();
        string? endpoint = null;
        using var cts = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        while (endpoint is null && await process.StandardError.ReadLineAsync(cts.Token) is { } line)
        {
            endpoint = Regex.Match(line, @"ws://[^\s]+").Value is { Length: > 0 } ws ? ws : null;
        }

        _ = process.StandardError.ReadToEndAsync();
        var port = new Uri(endpoint ?? throw new InvalidOperationException("chromium did not open its DevTools endpoint")).Port;
        using var http = new HttpClient();
        var targets = JsonNode.Parse(await http.GetStringAsync($"http://127.0.0.1:{port}/json/list", cts.Token))!.AsArray();
        var pageUrl = targets.First(t => (string?)t!["type"] == "page")!["webSocketDebuggerUrl"]!.GetValue<string>();
        var browser = new ClientWebSocket();
        await browser.ConnectAsync(new Uri(endpoint), cts.Token);
        var page = new ClientWebSocket();
        await page.ConnectAsync(new Uri(pageUrl), cts.Token);
        var chromium = new HeadlessChromium(process, browser, page, profile);
        await chromium.SendAsync(browser, "Browser.setDownloadBehavior", new JsonObject { ["behavior"] = "allow", ["downloadPath"] = chromium.Downloads });
        return chromium;
    }

    /// <summary>Opens <paramref name="url"/> and waits until the page says it is ready (<c>body[data-ready]</c>).</summary>
    public async Task OpenAsync(string url)
    {
        await SendAsync(_page, "Page.navigate", new JsonObject { ["url"] = url });
        await WaitForAsync("document.body && document.body.dataset.ready === 'true' && location.href === " + JsonSerializer.Serialize(url));
    }

    public async Task<JsonNode?> EvaluateAsync(string expression)
    {
        var result = await SendAsync(_page, "Runtime.evaluate", new JsonObject { ["expression"] = expression, ["returnByValue"] = true, ["awaitPromise"] = true });
        if (result["exceptionDetails"] is { } error)
        {
            throw new InvalidOperationException("script failed: " + error.ToJsonString());
        }

        return result["result"]?["value"];
    }

    public async Task WaitForAsync(string condition)
    {
        var until = DateTime.UtcNow.AddMinutes(2);
        while (true)
        {
            try
            {
                if ((await EvaluateAsync("!!(" + condition + ")"))?.GetValue<bool>() == true)
                {
                    return;
                }
            }
            catch (InvalidOperationException) when (DateTime.UtcNow < until)
            {
                // the page is navigating
            }

            if (DateTime.UtcNow > until)
            {
                throw new TimeoutException("the page never satisfied " + condition);
            }

            await Task.Delay(100);
        }
    }

    /// <summary>Clicks the first element matching <paramref name="selector"/> with a real mouse press and release at its centre.</summary>
    public async Task ClickAsync(string selector)
    {
        var box = await EvaluateAsync($"(() => {{ const e = document.querySelector({JsonSerializer.Serialize(selector)}); e.scrollIntoView({{ block: 'center' }}); const r = e.getBoundingClientRect(); return [r.x + r.width / 2, r.y + r.height / 2]; }})()")
            ?? throw new InvalidOperationException("nothing matches " + selector);
        foreach (var type in new[] { "mousePressed", "mouseReleased" })
        {
            await SendAsync(_page, "Input.dispatchMouseEvent", new JsonObject { ["type"] = type, ["x"] = box[0]!.GetValue<double>(), ["y"] = box[1]!.GetValue<double>(), ["button"] = "left", ["clickCount"] = 1 });
        }
    }

    public async ValueTask DisposeAsync()
    {
        try
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }
        catch (InvalidOperationException)
        {
        }

        _browser.Dispose();
        _page.Dispose();
        _process.Dispose();
        Directory.Delete(_profile, recursive: true);
        Directory.Delete(Downloads, recursive: true);
    }

    private async Task<JsonNode> SendAsync(ClientWebSocket socket, string method, JsonObject parameters)
    {
        var id = Interlocked.Increment(ref _id);
        var message = new JsonObject { ["id"] = id, ["method"] = method, ["params"] = parameters }.ToJsonString();
        using var cts = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        await socket.SendAsync(Encoding.UTF8.GetBytes(message), WebSocketMessageType.Text, true, cts.Token);
        var buffer = new byte[1 << 16];
        while (true)
        {
            using var text = new MemoryStream();
            WebSocketReceiveResult received;
            do
            {
                received = await socket.ReceiveAsync(buffer, cts.Token);
                text.Write(buffer, 0, received.Count);
            }
            while (!received.EndOfMessage);
            var reply = JsonNode.Parse(text.ToArray())!;
            if ((int?)reply["id"] == id)
            {
                return reply["error"] is { } error ? throw new InvalidOperationException(method + ": " + error.ToJsonString()) : reply["result"]!;
            }
        }
    }
}
