using System.Diagnostics;
using System.Text.Json;
using ReportBot.Testing;

namespace ReportBot.Tests.EndToEnd;

/// <summary>
/// Runs one of the Node drivers in <c>tests/e2e</c> (Playwright with Debian Chromium, Agents Playground) and
/// returns the one line of JSON it prints. Missing tools fail the test with how to install them; they never
/// skip it.
/// </summary>
public static class NodeScript
{
    public static string Folder => RepositoryPaths.InRepository("tests", "e2e");

    public static async Task<JsonElement> RunAsync(string script, TimeSpan timeout, params string[] arguments)
    {
        AssertToolsInstalled();
        var start = new ProcessStartInfo("node") { WorkingDirectory = Folder, RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add(script);
        foreach (var argument in arguments) start.ArgumentList.Add(argument);

        using var process = Process.Start(start) ?? throw new InvalidOperationException("node did not start");
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var cancel = new CancellationTokenSource(timeout);
        try
        {
            await process.WaitForExitAsync(cancel.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"{script} did not finish within {timeout}; stderr: {await error}");
        }
        string line = (await output).Split('\n', StringSplitOptions.RemoveEmptyEntries).LastOrDefault() ?? "";
        try
        {
            return JsonDocument.Parse(line).RootElement.Clone();
        }
        catch (JsonException)
        {
            throw new InvalidOperationException($"{script} exited {process.ExitCode} without a JSON result.\nstdout: {await output}\nstderr: {await error}");
        }
    }

    private static void AssertToolsInstalled()
    {
        string chromium = Environment.GetEnvironmentVariable("CHROMIUM_PATH") ?? "/usr/bin/chromium";
        if (!Directory.Exists(Path.Combine(Folder, "node_modules")) || !File.Exists(chromium))
            throw new InvalidOperationException(
                $"The end-to-end tools are not installed (need {Folder}/node_modules and {chromium}). Run tests/e2e/install.sh, " +
                "or use the README's test command, which runs it first.");
    }
}
