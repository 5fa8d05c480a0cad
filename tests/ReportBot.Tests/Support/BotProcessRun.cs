using System.Diagnostics;
using System.Text;
using ReportBot.Testing;

namespace ReportBot.Tests.Support;

/// <summary>
/// Runs the built bot (<c>dotnet exec ReportBot.dll serve</c>) as a separate process until it exits, for start-up
/// failures: what a user sees is the process's own output, including anything the host logs to the console.
/// </summary>
public static class BotProcessRun
{
    /// <summary>
    /// Starts <c>serve</c> on a loopback port with <paramref name="environment"/> and returns its exit code and output;
    /// a process still running after <paramref name="timeout"/> is killed and the test fails.
    /// </summary>
    public static async Task<CliRun> RunAsync(string corpus, string data, IDictionary<string, string> environment, TimeSpan timeout)
    {
        string dll = Path.Combine(AppContext.BaseDirectory, "ReportBot.dll");
        Assert.True(File.Exists(dll), dll + " is missing");
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = data,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        // Port 0: nothing is reached over the network; the run is expected to stop before it listens.
        foreach (string arg in (string[])["exec", dll, "serve", "--urls", "http://127.0.0.1:0", "--corpus", corpus, "--data", data])
            start.ArgumentList.Add(arg);
        foreach (string name in (string[])["MicrosoftAppId", "MicrosoftAppPassword", "MicrosoftAppTenantId", "Discord__BotToken", "Discord__PublicKey", "ASPNETCORE_URLS"])
            start.Environment.Remove(name);
        start.Environment["DOTNET_NOLOGO"] = "1";
        foreach (var (key, value) in environment) start.Environment[key] = value;

        var output = new StringBuilder();
        var error = new StringBuilder();
        using var process = Process.Start(start)!;
        process.OutputDataReceived += (_, e) => { if (e.Data is not null) lock (output) output.AppendLine(e.Data); };
        process.ErrorDataReceived += (_, e) => { if (e.Data is not null) lock (error) error.AppendLine(e.Data); };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        using var deadline = new CancellationTokenSource(timeout);
        try
        {
            // Also waits until both redirected streams are read to their end.
            await process.WaitForExitAsync(deadline.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
            Assert.Fail($"the bot was still running after {timeout.TotalSeconds} s (it should have refused to start)\n{output}\n{error}");
        }
        lock (output) lock (error) return new CliRun(process.ExitCode, output.ToString(), error.ToString());
    }
}
