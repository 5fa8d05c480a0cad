using Microsoft.Extensions.Options;
using ReportBot.Discord.Interactions;
using ReportBot.Discord.Rest;

namespace ReportBot.Discord.Hosting;

/// <summary>With <c>Discord:RegisterCommandsOnStart</c>, overwrites the slash commands once the host has started.</summary>
public sealed partial class CommandRegistrationOnStart(
    CommandRegistrar registrar,
    IOptions<DiscordOptions> options,
    ILogger<CommandRegistrationOnStart> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var settings = options.Value;
        if (!settings.RegisterCommandsOnStart) return;
        try
        {
            var registered = await registrar.RegisterAsync(settings.RegisterGuildId, stoppingToken);
            Log.Registered(logger, registered.Count, settings.RegisterGuildId ?? "all servers (global)");
        }
        catch (Exception e) when (e is DiscordRestException or InvalidOperationException or HttpRequestException)
        {
            Log.Failed(logger, e.Message);
        }
    }

    private static partial class Log
    {
        [LoggerMessage(1, LogLevel.Information, "Registered {Count} Discord slash commands in {Scope}")]
        public static partial void Registered(ILogger logger, int count, string scope);

        [LoggerMessage(2, LogLevel.Warning, "Could not register the Discord slash commands: {Reason}")]
        public static partial void Failed(ILogger logger, string reason);
    }
}
