using System.CommandLine;
using Microsoft.Extensions.Options;
using ReportBot.Core.Ingestion;

namespace ReportBot.Cli;

/// <summary>Runs a verb with the engine, turning configuration and corpus problems into one clear line and exit code 1.</summary>
public static class CliAction
{
    public const int Ok = 0;
    public const int Failed = 1;

    public static int Run(ParseResult parse, CliIO io, Func<EngineScope, int> action) =>
        RunAsync(parse, io, scope => Task.FromResult(action(scope))).GetAwaiter().GetResult();

    public static async Task<int> RunAsync(ParseResult parse, CliIO io, Func<EngineScope, Task<int>> action)
    {
        try
        {
            using var scope = EngineScope.Create(parse, io);
            return await action(scope).ConfigureAwait(false);
        }
        catch (OptionsValidationException e)
        {
            io.Error.WriteLine($"error: invalid configuration: {string.Join("; ", e.Failures)}");
        }
        catch (Exception e) when (e is CorpusException or InvalidOperationException)
        {
            io.Error.WriteLine($"error: {e.Message}");
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            io.Error.WriteLine($"error: {e.Message}");
        }
        return Failed;
    }
}
