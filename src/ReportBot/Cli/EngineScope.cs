using System.CommandLine;
using ReportBot.Configuration;
using Microsoft.Extensions.Options;
using ReportBot.Core.Answers;
using ReportBot.Core.Conversations;
using ReportBot.Core.Options;
using ReportBot.Discord.Hosting;
using ReportBot.Core.Search;

namespace ReportBot.Cli;

/// <summary>
/// The engine services for one CLI run: configuration from the content root's appsettings.json, environment
/// variables and command-line overrides, validated; logs go to standard error so standard output stays data.
/// </summary>
public sealed class EngineScope : IDisposable
{
    private readonly ServiceProvider _services;

    private EngineScope(ServiceProvider services) => _services = services;

    public static EngineScope Create(ParseResult parse, CliIO io)
    {
        string root = ContentRoot.Locate();
        var configuration = new ConfigurationBuilder()
            .SetBasePath(root)
            .AddJsonFile(ContentRoot.SettingsFile, optional: true)
            .AddEnvironmentVariables()
            .AddInMemoryCollection(io.Globals.Overrides(parse))
            .Build();
        SecretSettings.EnsureNotInFiles(configuration);
        var services = new ServiceCollection()
            .AddLogging(logging => logging
                .SetMinimumLevel(LogLevel.Warning)
                .AddProvider(new TextWriterLoggerProvider(io.Error)))
            .AddReportEngine(configuration, root)
            .AddSingleton(TimeProvider.System)
            .AddBotState(root)
            .AddConversations(configuration)
            .AddDigest(configuration)
            .AddFeedback(configuration)
            .AddDiscordAdapter(configuration)
            .BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true });
        // Options are validated on first use; resolve them now so a bad setting fails before any work starts.
        _ = services.GetRequiredService<IOptions<CorpusOptions>>().Value;
        _ = services.GetRequiredService<IOptions<DataOptions>>().Value;
        _ = services.GetRequiredService<IOptions<AnswerOptions>>().Value;
        return new EngineScope(services);
    }

    public AnswerEngine Answers => _services.GetRequiredService<AnswerEngine>();
    public PillarDirectory Pillars => _services.GetRequiredService<PillarDirectory>();
    public ReportLibrary Library => _services.GetRequiredService<ReportLibrary>();

    public IServiceProvider Services => _services;

    public void Dispose() => _services.Dispose();
}
