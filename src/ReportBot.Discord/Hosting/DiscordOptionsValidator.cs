using Microsoft.Extensions.Options;

namespace ReportBot.Discord.Hosting;

/// <summary>Start-up checks of the Discord settings, with messages that name the key to fix.</summary>
public sealed class DiscordOptionsValidator : IValidateOptions<DiscordOptions>
{
    public ValidateOptionsResult Validate(string? name, DiscordOptions options)
    {
        var failures = new List<string>();
        if (options.PublicKey is { Length: > 0 } key && (key.Length != 64 || !key.All(char.IsAsciiHexDigit)))
            failures.Add("Discord:PublicKey must be the application's 64-character hex public key (Developer Portal → General Information).");
        if (options.InteractionsEndpointEnabled && string.IsNullOrWhiteSpace(options.ApplicationId))
            failures.Add("Discord:ApplicationId is required with Discord:PublicKey (deferred answers edit the original response).");
        if (options.RegisterCommandsOnStart && (!options.RestEnabled || string.IsNullOrWhiteSpace(options.ApplicationId)))
            failures.Add("Discord:RegisterCommandsOnStart needs Discord:BotToken and Discord:ApplicationId.");
        if (options.ApplicationId is { Length: > 0 } id && !id.All(char.IsAsciiDigit))
            failures.Add("Discord:ApplicationId must be the numeric application id.");
        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
