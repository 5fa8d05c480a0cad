using ReportBot.Core.Commands;
using ReportBot.Core.Conversations;

namespace ReportBot.Configuration;

/// <summary>The shared commands and the turn pipeline, with the question limits from configuration. Call before <c>AddDigest</c>.</summary>
public static class ConversationServiceCollectionExtensions
{
    public static IServiceCollection AddConversations(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<RateLimitOptions>().Bind(configuration.GetSection(RateLimitOptions.Section))
            .ValidateDataAnnotations().ValidateOnStart();
        return services.AddConversationPipeline();
    }
}
