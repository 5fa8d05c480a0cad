using Microsoft.Extensions.Options;

namespace ReportBot.Teams.Hosting;

/// <summary>Start-up checks of the bot registration settings, with messages that name the key to fix.</summary>
public sealed class BotCredentialsValidator : IValidateOptions<BotCredentialsOptions>
{
    public ValidateOptionsResult Validate(string? name, BotCredentialsOptions options)
    {
        var failures = new List<string>();
        if (options.Enabled && string.IsNullOrWhiteSpace(options.MicrosoftAppPassword))
            failures.Add("MicrosoftAppPassword is required when MicrosoftAppId is set (set it as an environment variable).");
        if (!options.Enabled && !string.IsNullOrWhiteSpace(options.MicrosoftAppPassword))
            failures.Add("MicrosoftAppPassword is set but MicrosoftAppId is not.");
        if (options.MicrosoftAppType is not ("MultiTenant" or "SingleTenant"))
            failures.Add($"MicrosoftAppType must be MultiTenant or SingleTenant, not '{options.MicrosoftAppType}'.");
        if (options.SingleTenant && string.IsNullOrWhiteSpace(options.MicrosoftAppTenantId))
            failures.Add("MicrosoftAppTenantId is required when MicrosoftAppType is SingleTenant.");
        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
