using ReportBot.Core.Feedback;
using ReportBot.Core.Options;
using ReportBot.Core.Telemetry;
using ReportBot.State;

namespace ReportBot.Configuration;

/// <summary>Registers the answer log, 👍/👎 feedback, the bot's metrics and its per-question log; needs <c>AddBotState</c>.</summary>
public static class FeedbackServiceCollectionExtensions
{
    public static IServiceCollection AddFeedback(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<FeedbackOptions>().Bind(configuration.GetSection(FeedbackOptions.Section)).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<SqliteAnswerLog>();
        services.AddSingleton<IAnswerLog>(sp => sp.GetRequiredService<SqliteAnswerLog>());
        services.AddSingleton<Hosting.AnswerLogRetention>();
        services.AddHostedService(sp => sp.GetRequiredService<Hosting.AnswerLogRetention>());
        services.AddSingleton(sp => new VoterPseudonyms(sp.GetRequiredService<SqliteAnswerLog>().VoterKey()));
        services.AddSingleton<AnswerFeedback>();
        services.AddMetrics();
        services.AddSingleton<BotMetrics>();
        services.AddOptions<QuestionLoggingOptions>().Bind(configuration.GetSection(QuestionLoggingOptions.Section));
        services.AddSingleton<TurnLog>();
        return services;
    }
}
