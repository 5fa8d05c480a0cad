using Microsoft.Extensions.DependencyInjection;
using ReportBot.Core.Conversations;

namespace ReportBot.Core.Commands;

/// <summary>
/// Registers the commands every platform shares and the one pipeline turns go through. Needs the engine, the
/// pillar directory, the state stores, feedback, metrics and <see cref="RateLimitOptions"/> from the caller. Call it
/// before adding further commands (the digest's): the order of registration is the order commands are listed in help
/// and registered with platforms.
/// </summary>
public static class ConversationServiceCollectionExtensions
{
    public static IServiceCollection AddConversationPipeline(this IServiceCollection services)
    {
        services.AddSingleton<TurnRateLimiter>();
        services.AddSingleton<QuestionAnswerer>();
        services.AddSingleton<IBotCommand, AskCommand>();
        services.AddSingleton<IBotCommand, PillarCommand>();
        services.AddSingleton<IBotCommand, PillarsCommand>();
        services.AddSingleton<IBotCommand, AboutCommand>();
        services.AddSingleton<IBotCommand, HelpCommand>();
        services.AddSingleton<CommandSet>();
        services.AddSingleton<ChatGrammar>();
        services.AddSingleton<CommandCompletions>();
        services.AddSingleton<ConversationHandler>();
        return services;
    }
}
