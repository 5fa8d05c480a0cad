using Microsoft.Extensions.Configuration.Json;

namespace ReportBot.Configuration;

/// <summary>
/// Secrets come from environment variables only. A secret found in a settings file is refused at start-up, before
/// it can be copied, committed or logged along with the file.
/// </summary>
public static class SecretSettings
{
    public static IReadOnlyList<string> Keys { get; } = ["MicrosoftAppPassword", "Discord:BotToken"];

    /// <exception cref="ConfigurationException">A secret is set in a JSON settings file.</exception>
    public static void EnsureNotInFiles(IConfiguration configuration)
    {
        if (configuration is not IConfigurationRoot root) return;
        foreach (var provider in root.Providers.OfType<JsonConfigurationProvider>())
            foreach (var key in Keys)
                if (provider.TryGet(key, out var value) && !string.IsNullOrEmpty(value))
                    throw new ConfigurationException(
                        $"{key} is set in {provider.Source.Path}. Secrets come from environment variables only " +
                        $"({key.Replace(":", "__", StringComparison.Ordinal)}=…); remove it from the file.");
    }
}
