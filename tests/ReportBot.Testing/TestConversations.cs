using Microsoft.Extensions.DependencyInjection;
using ReportBot.Core.Answers;
using ReportBot.Core.Commands;
using ReportBot.Core.Conversations;
using ReportBot.Core.Feedback;
using ReportBot.Core.Telemetry;

namespace ReportBot.Testing;

/// <summary>
/// The real turn pipeline (<see cref="ConversationHandler"/> with every command) over a seed report, composed the
/// way the bot composes it, with in-memory state. A test replaces any part through <c>configure</c>.
/// </summary>
public sealed class TestConversations : IDisposable
{
    private readonly ServiceProvider _services;

    public TestConversations(SeedReport seed, Action<IServiceCollection>? configure = null)
    {
        var services = new ServiceCollection()
            .AddLogging()
            .AddMetrics()
            .AddSingleton(seed.Engine)
            .AddSingleton(seed.Pillars)
            .AddSingleton(TimeProvider.System)
            .AddSingleton<IQuestionMemory, InMemoryQuestionMemory>()
            .AddSingleton<IAnswerLog, InMemoryAnswerLog>()
            .AddSingleton<IConversationDirectory, InMemoryConversationDirectory>()
            .AddSingleton(new VoterPseudonyms(new byte[32]))
            .AddSingleton<AnswerFeedback>()
            .AddSingleton<BotMetrics>()
            .AddSingleton<TurnLog>();
        // Tests of other things ask many questions as one user; the limit tests set their own.
        services.Configure<RateLimitOptions>(o => (o.QuestionsPerUser, o.QuestionsPerChannel, o.QuestionsPerClientAddress) = (10_000, 10_000, 10_000));
        services.Configure<RateLimitOptions>(o => (o.ActionsPerUser, o.ActionsPerChannel, o.ActionsPerClientAddress) = (10_000, 10_000, 10_000));
        services.AddConversationPipeline();
        // Last, so that what a test registers replaces the default (the last registration of a service wins).
        configure?.Invoke(services);
        _services = services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true });
    }

    public ConversationHandler Handler => _services.GetRequiredService<ConversationHandler>();

    public CommandSet Commands => _services.GetRequiredService<CommandSet>();

    public IServiceProvider Services => _services;

    public void Dispose() => _services.Dispose();
}
