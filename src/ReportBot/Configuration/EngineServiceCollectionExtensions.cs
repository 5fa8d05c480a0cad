using Microsoft.Extensions.Options;
using ReportBot.Core.Answers;
using ReportBot.Core.Ingestion;
using ReportBot.Core.Options;
using ReportBot.Core.Search;

namespace ReportBot.Configuration;

/// <summary>Registers the answer engine and its settings; shared by the CLI verbs and the web host.</summary>
public static class EngineServiceCollectionExtensions
{
    public static IServiceCollection AddReportEngine(this IServiceCollection services, IConfiguration configuration, string contentRoot)
    {
        services.AddOptions<CorpusOptions>().Bind(configuration.GetSection(CorpusOptions.Section)).ValidateOnStart();
        services.AddOptions<DataOptions>().Bind(configuration.GetSection(DataOptions.Section)).ValidateOnStart();
        services.AddOptions<AnswerOptions>().Bind(configuration.GetSection(AnswerOptions.Section)).ValidateOnStart();
        services.AddSingleton<IValidateOptions<CorpusOptions>, CorpusOptionsValidator>();
        services.AddSingleton<IValidateOptions<DataOptions>, DataOptionsValidator>();
        services.AddSingleton<IValidateOptions<AnswerOptions>, AnswerOptionsValidator>();

        services.AddSingleton(sp =>
        {
            var corpus = sp.GetRequiredService<IOptions<CorpusOptions>>().Value;
            return new ReportBuilder(corpus.PillarNoun) { MaxFileBytes = corpus.MaxFileBytes };
        });
        services.AddSingleton(sp => new ReportLibrary(
            ContentRoot.Resolve(contentRoot, sp.GetRequiredService<IOptions<CorpusOptions>>().Value.Path),
            ContentRoot.Resolve(contentRoot, sp.GetRequiredService<IOptions<DataOptions>>().Value.Path),
            sp.GetRequiredService<ReportBuilder>(),
            sp.GetRequiredService<ILoggerFactory>(),
            time: sp.GetRequiredService<TimeProvider>(),
            embedder: sp.GetRequiredService<SemanticModel>().Embedder));
        services.AddSingleton(sp => SemanticModel.Load(
            sp.GetRequiredService<IOptions<AnswerOptions>>().Value,
            ContentRoot.Resolve(contentRoot, sp.GetRequiredService<IOptions<DataOptions>>().Value.Path),
            sp.GetRequiredService<ILogger<SemanticModel>>()));
        services.AddSingleton<IReportIndexProvider>(sp => sp.GetRequiredService<ReportLibrary>());
        services.AddSingleton<AnswerEngine>();
        services.AddSingleton<PillarDirectory>();
        return services;
    }
}
