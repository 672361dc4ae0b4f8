using System.Diagnostics;
using System.Net.WebSockets;
using System.Text.Json;

namespace QuoteExtract.Cli.Tests.Browser;

/// <summary>
/// Debian's Chromium, headless, driven over the DevTools protocol (a WebSocket on loopback): open a file, evaluate
/// script in the page, take a screenshot. The flags are the ones known to work on these machines (no sandbox as
/// root, no background networking, which the closed network refuses).
/// </summary>
internal sealed class HeadlessChromium : IAsyncDisposable
{
    private const string Executable = "/usr/bin/chromium";
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(60);

    private readonly Process process;
    private readonly string profile;
    private readonly ClientWebSocket socket = new();
    private int nextId;

    private HeadlessChromium(Process process, string profile)
    {
        this.process = process;
        this.profile = profile;
    }

    /// <summary>Chromium, or the test ignored (failed under CI, whose script installs it) when it is not installed.</summary>
    public static async Task<HeadlessChromium> OpenAsync(string file)
    {
        if (!File.Exists(Executable))
        {
            const string Reason = "Chromium is not installed (apt-get install chromium; .ci/run installs it)";
            if (Environment.GetEnvironmentVariable("CI") is not null)
            {
                Assert.Fail(Reason);
            }

            Assert.Ignore("skipped: " + Reason);
        }

        var profile = Directory.CreateTempSubdirectory("quotex-chromium-").FullName;
        var start = new ProcessStartInfo(Executable) { UseShellExecute = false, RedirectStandardError = true, RedirectStandardOutput = true };
        foreach (var flag in (string[])[
            "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
            "--disable-component-update", "--disable-sync", "--remote-debugging-port=0", "--remote-allow-origins=*",
            "--window-size=1400,1800", "--user-data-dir=" + profile, new Uri(Path.GetFullPath(file)).AbsoluteUri])
        {
            start.ArgumentList.Add(flag);
        }

        var process = Process.Start(start) ?? throw new InvalidOperationException("could not start chromium");
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        var browser = new HeadlessChromium(process, profile);
        try
        {
            await browser.ConnectAsync();
            await browser.WaitForLoadAsync(new Uri(Path.GetFullPath(file)).AbsoluteUri);
            return browser;
        }
        catch
        {
            await browser.DisposeAsync();
            throw;
        }
    }

    /// <summary>Evaluates <paramref name="expression"/> in the page and returns its value (made JSON by the protocol).</summary>
    public async Task<JsonElement> EvaluateAsync(string expression)
    {
        var reply = await SendAsync("Runtime.evaluate", new Dictionary<string, object> { ["expression"] = expression, ["returnByValue"] = true });
        if (reply.TryGetProperty("exceptionDetails", out var error))
        {
            Assert.Fail($"script failed in the page: {error}");
        }

        return reply.GetProperty("result").TryGetProperty("value", out var value) ? value.Clone() : default;
    }

    /// <summary>Lays the page out as for printing (CSS <c>@media print</c>), or back for the screen.</summary>
    public async Task EmulatePrintAsync(bool print) =>
        await SendAsync("Emulation.setEmulatedMedia", new Dictionary<string, object> { ["media"] = print ? "print" : string.Empty });

    /// <summary>A PNG of the viewport.</summary>
    public async Task<byte[]> ScreenshotAsync()
    {
        var reply = await SendAsync("Page.captureScreenshot", new Dictionary<string, object> { ["format"] = "png" });
        return Convert.FromBase64String(reply.GetProperty("data").GetString()!);
    }

    private async Task ConnectAsync()
    {
        // Chromium writes its port to DevToolsActivePort in the profile once it listens.
        var portFile = Path.Combine(profile, "DevToolsActivePort");
        using var timeout = new CancellationTokenSource(Patience);
        while (!File.Exists(portFile) || File.ReadAllLines(portFile).Length < 2)
        {
            if (process.HasExited)
            {
                Assert.Fail($"chromium exited with code {process.ExitCode} before it listened");
            }

            await Task.Delay(100, timeout.Token);
        }

        int port = int.Parse(File.ReadAllLines(portFile)[0], System.Globalization.CultureInfo.InvariantCulture);
        using var http = new HttpClient { Timeout = Patience };
        string? target = null;
        while (target is null)
        {
            using var pages = JsonDocument.Parse(await http.GetStringAsync(new Uri($"http://127.0.0.1:{port}/json/list"), timeout.Token));
            target = pages.RootElement.EnumerateArray().Where(p => p.GetProperty("type").GetString() == "page")
                .Select(p => p.GetProperty("webSocketDebuggerUrl").GetString()).FirstOrDefault();
            if (target is null)
            {
                await Task.Delay(100, timeout.Token);
            }
        }

        await socket.ConnectAsync(new Uri(target), timeout.Token);
    }

    // The first page may still be about:blank when the protocol connects; wait for the file, fully loaded.
    private async Task WaitForLoadAsync(string url)
    {
        using var timeout = new CancellationTokenSource(Patience);
        var expected = JsonSerializer.Serialize(url);
        while (!(await EvaluateAsync($"location.href === {expected} && document.readyState === 'complete'")).GetBoolean())
        {
            await Task.Delay(100, timeout.Token);
        }
    }

    private async Task<JsonElement> SendAsync(string method, Dictionary<string, object> parameters)
    {
        int id = ++nextId;
        using var timeout = new CancellationTokenSource(Patience);
        var request = JsonSerializer.SerializeToUtf8Bytes(new Dictionary<string, object> { ["id"] = id, ["method"] = method, ["params"] = parameters });
        await socket.SendAsync(request, WebSocketMessageType.Text, endOfMessage: true, timeout.Token);
        var buffer = new byte[1 << 16];
        while (true)
        {
            using var message = new MemoryStream();
            WebSocketReceiveResult received;
            do
            {
                received = await socket.ReceiveAsync(buffer, timeout.Token);
                message.Write(buffer, 0, received.Count);
            }
            while (!received.EndOfMessage);

            using var reply = JsonDocument.Parse(message.ToArray());
            if (reply.RootElement.TryGetProperty("id", out var replyId) && replyId.GetInt32() == id)
            {
                if (reply.RootElement.TryGetProperty("error", out var error))
                {
                    Assert.Fail($"{method} failed: {error}");
                }

                return reply.RootElement.GetProperty("result").Clone();
            }
        }
    }

    public async ValueTask DisposeAsync()
    {
        socket.Dispose();
        if (!process.HasExited)
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
        }

        process.Dispose();
        try
        {
            Directory.Delete(profile, recursive: true);
        }
        catch (IOException)
        {
            // Chromium's helpers may still hold a file for a moment; the temporary folder is left behind then.
        }
    }
}
