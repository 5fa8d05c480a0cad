using Microsoft.Extensions.Options;
using ReportBot.Core.Conversations;
using ReportBot.Core.Options;
using ReportBot.State;

namespace ReportBot.Configuration;

/// <summary>The SQLite state file and what lives in it; the host and the CLI verbs share it.</summary>
public static class StateServiceCollectionExtensions
{
    public static IServiceCollection AddBotState(this IServiceCollection services, string contentRoot)
    {
        services.AddSingleton(sp => new StateDatabase(
            ContentRoot.Resolve(contentRoot, sp.GetRequiredService<IOptions<DataOptions>>().Value.Path)));
        services.AddSingleton<InstallationKeys>();
        services.AddSingleton<StateWriteQueue>();
        services.AddHostedService<StateWriter>();
        // One instance for every probe, so the state check's cached quick_check result is shared between them.
        services.AddSingleton<Hosting.StateHealthCheck>();
        services.AddSingleton<IQuestionMemory, SqliteQuestionMemory>();
        services.AddSingleton<IConversationDirectory, SqliteConversationDirectory>();
        return services;
    }
}
