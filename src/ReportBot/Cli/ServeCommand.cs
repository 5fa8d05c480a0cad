using System.CommandLine;
using Microsoft.Extensions.Options;
using ReportBot.Configuration;
using ReportBot.Core.Ingestion;
using ReportBot.Hosting;
using ReportBot.State;

namespace ReportBot.Cli;

/// <summary>
/// <c>serve [--urls URLS]</c>, also what runs with no verb: the chat host with the web page and the Bot
/// Framework endpoint.
/// </summary>
public static class ServeCommand
{
    public static Option<string?> CreateUrlsOption() => new("--urls")
    {
        Description = $"Addresses to listen on, e.g. http://localhost:3978 (default; ASPNETCORE_URLS also works).",
    };

    public static Command Create(CliIO io, Option<string?> urls)
    {
        var command = new Command("serve", "Run the bot: chat page, Bot Framework endpoint and health checks.") { urls };
        command.SetAction((parse, cancellation) => RunAsync(parse, io, urls, cancellation));
        return command;
    }

    public static async Task<int> RunAsync(ParseResult parse, CliIO io, Option<string?> urls, CancellationToken cancellation)
    {
        WebApplication app;
        try
        {
            app = BotHost.Build(new HostSettings(parse.GetValue(urls), io.Globals.Overrides(parse)));
            StartupValidation.Run(app.Services);
            BotHost.Prepare(app);
        }
        catch (StateFileException e)
        {
            CliAction.Report(io, e);
            return CliAction.StateFileUnusable;
        }
        catch (Core.Storage.StateStoreException e)
        {
            // A fresh state file that could not take its first writes (the installation keys): usually a full disk.
            io.Error.WriteLine($"error: {e.Message}");
            io.Error.WriteLine("Free some space on the data folder's disk (or make the file writable) and start again.");
            return CliAction.StateFileUnusable;
        }
        // InvalidOperationException is ASP.NET Core's word for endpoint settings it cannot use (a bad URL, a certificate).
        catch (Exception e) when (e is OptionsValidationException or CorpusException or IOException or UnauthorizedAccessException
            or Configuration.ConfigurationException or InvalidOperationException)
        {
            var message = e is OptionsValidationException v ? "invalid configuration: " + string.Join("; ", v.Failures) : e.Message;
            io.Error.WriteLine($"error: {message}");
            return CliAction.Failed;
        }
        await using (app)
        {
            try
            {
                await app.RunAsync(cancellation);
            }
            catch (IOException e)
            {
                // Typically the address is in use.
                io.Error.WriteLine($"error: {e.Message}");
                return CliAction.Failed;
            }
        }
        return CliAction.Ok;
    }
}
