using Microsoft.Extensions.Options;
using ReportBot.Core.Digest;
using ReportBot.Hosting;
using ReportBot.State;
using ReportBot.WebChat;

namespace ReportBot.Configuration;

/// <summary>Registers the daily digest: settings, the SQLite store, the digest command (after <c>AddConversations</c>), the runner and its scheduler.</summary>
public static class DigestServiceCollectionExtensions
{
    public static IServiceCollection AddDigest(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<DigestOptions>().Bind(configuration.GetSection(DigestOptions.Section)).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<IValidateOptions<DigestOptions>, DigestOptionsValidator>();
        services.AddSingleton<IDigestStore, SqliteDigestStore>();
        services.AddSingleton<DigestCatalog>();
        services.AddSingleton<Core.Commands.IBotCommand, DigestCommand>();
        services.AddSingleton<DigestRunner>();
        services.AddSingleton<WebChatOutbox>();
        services.AddSingleton<IDigestSender, WebDigestSender>();
        services.AddHostedService<DigestScheduler>();
        return services;
    }
}
