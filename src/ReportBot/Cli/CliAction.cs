using System.CommandLine;
using Microsoft.Extensions.Options;
using ReportBot.Core.Ingestion;
using ReportBot.State;

namespace ReportBot.Cli;

/// <summary>
/// Runs a verb with the engine, turning configuration and corpus problems into one clear line and exit code 1, and a
/// state file that cannot be used into a short message and <see cref="StateFileUnusable"/>.
/// </summary>
public static class CliAction
{
    public const int Ok = 0;
    public const int Failed = 1;

    /// <summary>
    /// The state file is there but is not a usable ReportBot database (damaged, truncated, empty, another program's,
    /// newer than this program, or cannot be opened): a person has to look at it, so retrying will not help.
    /// </summary>
    public const int StateFileUnusable = 2;

    public static int Run(ParseResult parse, CliIO io, Func<EngineScope, int> action) =>
        RunAsync(parse, io, scope => Task.FromResult(action(scope))).GetAwaiter().GetResult();

    public static async Task<int> RunAsync(ParseResult parse, CliIO io, Func<EngineScope, Task<int>> action)
    {
        try
        {
            using var scope = EngineScope.Create(parse, io);
            return await action(scope).ConfigureAwait(false);
        }
        catch (StateFileException e)
        {
            Report(io, e);
            return StateFileUnusable;
        }
        catch (OptionsValidationException e)
        {
            io.Error.WriteLine($"error: invalid configuration: {string.Join("; ", e.Failures)}");
        }
        catch (Exception e) when (e is CorpusException or Configuration.ConfigurationException)
        {
            io.Error.WriteLine($"error: {e.Message}");
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            io.Error.WriteLine($"error: {e.Message}");
        }
        return Failed;
    }

    /// <summary>What is wrong with the state file and what to do about it, on standard error, without a stack trace.</summary>
    public static void Report(CliIO io, StateFileException e)
    {
        io.Error.WriteLine($"error: {e.Message}");
        io.Error.WriteLine(e.Advice);
    }
}
