using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace ReportBot.LoadTest;

/// <summary>The built ReportBot executable, started as its own process on a free loopback port with a throw-away data folder.</summary>
public sealed class BotProcess : IAsyncDisposable
{
    private readonly Process _process;
    private readonly string _data;

    private BotProcess(Process process, string data, Uri address)
    {
        _process = process;
        _data = data;
        Address = address;
    }

    public Uri Address { get; }

    public static async Task<BotProcess> StartAsync(string botDll, string corpus, IReadOnlyDictionary<string, string> environment)
    {
        if (!File.Exists(botDll)) throw new FileNotFoundException($"Build the bot first (dotnet build -c Release src/ReportBot): {botDll}");
        int port = FreePort();
        string data = Path.Combine(Path.GetTempPath(), "reportbot-load-" + Guid.NewGuid().ToString("N"));
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var arg in new[] { botDll, "serve", "--urls", $"http://127.0.0.1:{port}", "--corpus", corpus, "--data", data })
            start.ArgumentList.Add(arg);
        start.Environment["Logging__LogLevel__Default"] = "Warning";
        // The load comes from a few simulated users far faster than people type: measure the answer path, not the
        // "slow down" reply the per-user limits would give.
        start.Environment["RateLimits__QuestionsPerUser"] = "10000";
        start.Environment["RateLimits__QuestionsPerChannel"] = "100000";
        start.Environment["RateLimits__ActionsPerUser"] = "10000";
        start.Environment["RateLimits__ActionsPerChannel"] = "100000";
        start.Environment["RateLimits__QuestionsPerClientAddress"] = "100000";
        start.Environment["RateLimits__ActionsPerClientAddress"] = "100000";
        foreach (var (key, value) in environment) start.Environment[key] = value;
        var process = Process.Start(start)!;
        _ = process.StandardOutput.ReadToEndAsync();
        _ = process.StandardError.ReadToEndAsync();

        var address = new Uri($"http://127.0.0.1:{port}/");
        using var http = new HttpClient();
        for (int i = 0; i < 300; i++)
        {
            try
            {
                if ((await http.GetAsync(new Uri(address, "readyz"))).StatusCode == HttpStatusCode.OK) return new BotProcess(process, data, address);
            }
            catch (HttpRequestException) { }
            await Task.Delay(100);
        }
        process.Kill(true);
        throw new TimeoutException("the bot did not become ready within 30 s");
    }

    public int ProcessId => _process.Id;

    /// <summary>CPU time the bot has used since it started (user and system, all threads).</summary>
    public TimeSpan CpuTime
    {
        get
        {
            _process.Refresh();
            return _process.TotalProcessorTime;
        }
    }

    public long WorkingSetBytes
    {
        get
        {
            _process.Refresh();
            return _process.WorkingSet64;
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited) _process.Kill(entireProcessTree: true);
        await _process.WaitForExitAsync();
        _process.Dispose();
        try { Directory.Delete(_data, true); } catch (IOException) { }
    }
}
