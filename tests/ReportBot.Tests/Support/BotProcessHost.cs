using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using ReportBot.Testing;
using Xunit.Abstractions;

namespace ReportBot.Tests.Support;

/// <summary>
/// The built bot as a separate process (<c>dotnet exec ReportBot.dll serve</c>) on a free loopback port, for tests
/// that need what only a real process has: signals, SIGKILL, a file left behind by a dead process.
/// </summary>
public sealed class BotProcessHost : IDisposable
{
    private readonly ITestOutputHelper _output;
    private readonly LineWatch _lines = new();

    private BotProcessHost(Process process, Uri address, ITestOutputHelper output)
    {
        Process = process;
        Address = address;
        _output = output;
        Client = new HttpClient { BaseAddress = address, Timeout = TimeSpan.FromSeconds(10) };
    }

    public Process Process { get; }
    public Uri Address { get; }
    public HttpClient Client { get; }

    /// <summary>
    /// Starts the bot on <paramref name="corpus"/> and <paramref name="data"/>, without any platform credentials.
    /// SIGHUP is set to its default in the bot whatever the test runner inherited (a runner started under
    /// <c>nohup</c> ignores it, and an ignored signal stays ignored across exec), unless
    /// <paramref name="hangupIgnored"/> asks for the bot to be started under <c>nohup</c> itself. Both launchers exec
    /// the bot, so <see cref="Process"/> is the bot's own process.
    /// </summary>
    public static BotProcessHost Start(string corpus, string data, IDictionary<string, string> environment, ITestOutputHelper output,
        bool hangupIgnored = false)
    {
        string dll = Path.Combine(AppContext.BaseDirectory, "ReportBot.dll");
        Assert.True(File.Exists(dll), dll + " is missing");
        Assert.True(OperatingSystem.IsLinux(), "the bot is launched through coreutils' env or nohup; the CI machine is Linux");
        var address = new Uri($"http://127.0.0.1:{FreePort()}/");
        var start = new ProcessStartInfo(hangupIgnored ? "nohup" : "env")
        {
            WorkingDirectory = data,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        if (!hangupIgnored) start.ArgumentList.Add("--default-signal=HUP");
        start.ArgumentList.Add("dotnet");
        foreach (string arg in (string[])["exec", dll, "serve", "--urls", address.ToString().TrimEnd('/'), "--corpus", corpus, "--data", data])
            start.ArgumentList.Add(arg);
        foreach (string name in (string[])["MicrosoftAppId", "MicrosoftAppPassword", "MicrosoftAppTenantId", "Discord__BotToken", "Discord__PublicKey", "ASPNETCORE_URLS"])
            start.Environment.Remove(name);
        start.Environment["Logging__LogLevel__Default"] = "Warning";
        // The host's "Application started" line is what WaitUntilReadyAsync waits for.
        start.Environment["Logging__LogLevel__Microsoft.Hosting.Lifetime"] = "Information";
        start.Environment["DOTNET_NOLOGO"] = "1";
        foreach (var (key, value) in environment) start.Environment[key] = value;
        var process = Process.Start(start)!;
        var host = new BotProcessHost(process, address, output);
        process.OutputDataReceived += (_, e) => { if (e.Data is not null) host.Log("out", e.Data); };
        process.ErrorDataReceived += (_, e) => { if (e.Data is not null) host.Log("err", e.Data); };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return host;
    }

    /// <summary>
    /// Waits until the host says "Application started" (it listens, and every hosted service has started) or the
    /// process exits, whichever comes first, then asks <c>/readyz</c> once: it must say the bot is ready.
    /// </summary>
    public async Task WaitUntilReadyAsync(TimeSpan timeout)
    {
        var started = _lines.WhenSeen(line => line.Contains("Application started", StringComparison.Ordinal), includeEarlier: true);
        try
        {
            await Task.WhenAny(started, Process.WaitForExitAsync()).WaitAsync(timeout);
        }
        catch (TimeoutException)
        {
            Assert.Fail($"the bot did not start within {timeout.TotalSeconds} s");
        }
        Assert.False(Process.HasExited, $"the bot exited with code {(Process.HasExited ? Process.ExitCode : 0)}");
        using var response = await Client.GetAsync("/readyz");
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"/readyz answered {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
    }

    /// <summary>Completes when the bot writes a line <paramref name="match"/> accepts (see <see cref="LineWatch.WhenSeen"/>).</summary>
    public Task OutputLineAsync(Func<string, bool> match, bool includeEarlier = false) => _lines.WhenSeen(match, includeEarlier);

    /// <summary>The bot's output lines received so far, stdout and stderr in the order they arrived.</summary>
    public string[] OutputSoFar() => _lines.Lines();

    private void Log(string stream, string line)
    {
        _lines.Add(line);
        try { _output.WriteLine($"[bot {stream}] {line}"); } catch (InvalidOperationException) { } // after the test ended
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    public void Dispose()
    {
        Client.Dispose();
        if (!Process.HasExited) Process.Kill(entireProcessTree: true);
        Process.WaitForExit(10_000);
        Process.Dispose();
    }
}
