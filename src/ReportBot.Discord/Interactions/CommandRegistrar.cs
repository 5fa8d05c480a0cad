using Microsoft.Extensions.Options;
using ReportBot.Core.Commands;
using ReportBot.Discord.Hosting;
using ReportBot.Discord.Rest;
using ReportBot.Discord.Schema;

namespace ReportBot.Discord.Interactions;

/// <summary>
/// Replaces the application's slash commands with the slash commands written from the declared commands (<see cref="SlashCommands"/>) (a bulk overwrite): in one guild,
/// where changes show at once, or globally.
/// </summary>
public sealed class CommandRegistrar(IDiscordRestClient rest, CommandSet commands, IOptions<DiscordOptions> options)
{
    /// <exception cref="InvalidOperationException">Credentials are missing or the definitions break Discord's rules.</exception>
    public Task<IReadOnlyList<ApplicationCommand>> RegisterAsync(string? guildId, CancellationToken cancellationToken)
    {
        var settings = options.Value;
        if (!settings.RestEnabled) throw new InvalidOperationException("Set Discord__BotToken to register commands.");
        if (string.IsNullOrWhiteSpace(settings.ApplicationId)) throw new InvalidOperationException("Set Discord__ApplicationId to register commands.");
        if (guildId is not null && (guildId.Length is 0 or > 20 || !guildId.All(char.IsAsciiDigit)))
            throw new InvalidOperationException($"'{guildId}' is not a guild id (a Discord id is a number).");
        var definitions = SlashCommands.From(commands.Declarations);
        var errors = CommandRules.Validate(definitions);
        if (errors.Count > 0) throw new InvalidOperationException("Command definitions break Discord's rules: " + string.Join("; ", errors));
        return rest.BulkOverwriteCommandsAsync(settings.ApplicationId, guildId, definitions, cancellationToken);
    }
}
