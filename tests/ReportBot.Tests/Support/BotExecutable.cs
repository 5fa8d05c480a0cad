using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace ReportBot.Tests.Support;

/// <summary>
/// The built bot (<c>dotnet exec ReportBot.dll …</c>) run once as a child process until it exits, for what only the
/// real executable shows: its exit code and everything it printed, an unhandled exception's report included.
/// </summary>
public static class BotExecutable
{
    /// <summary>Exit code of a run that had to be killed because it was still going at the deadline.</summary>
    public const int StillRunning = -1;

    /// <summary><c>serve</c> on a free loopback port, without any platform credentials.</summary>
    public static Task<CliRun> ServeAsync(string corpus, string data, TimeSpan deadline) =>
        RunAsync(data, deadline, "serve", "--urls", $"http://127.0.0.1:{FreePort()}", "--corpus", corpus, "--data", data);

    /// <summary>
    /// Runs the executable with <paramref name="args"/> in <paramref name="workingDirectory"/>; a process still running
    /// at <paramref name="deadline"/> is killed and reported with <see cref="StillRunning"/>.
    /// </summary>
    public static async Task<CliRun> RunAsync(string workingDirectory, TimeSpan deadline, params string[] args)
    {
        string dll = Path.Combine(AppContext.BaseDirectory, "ReportBot.dll");
        Assert.True(File.Exists(dll), dll + " is missing");
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add("exec");
        start.ArgumentList.Add(dll);
        foreach (string arg in args) start.ArgumentList.Add(arg);
        foreach (string name in (string[])["MicrosoftAppId", "MicrosoftAppPassword", "MicrosoftAppTenantId", "Discord__BotToken", "Discord__PublicKey", "ASPNETCORE_URLS"])
            start.Environment.Remove(name);
        start.Environment["Logging__LogLevel__Default"] = "Warning";
        start.Environment["DOTNET_NOLOGO"] = "1";

        using var process = Process.Start(start)!;
        process.StandardInput.Close();
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(deadline);
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
            return new CliRun(StillRunning, await output, await error + $"\n(still running after {deadline.TotalSeconds} s: killed)");
        }
        return new CliRun(process.ExitCode, await output, await error);
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
