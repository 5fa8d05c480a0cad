using Microsoft.Extensions.DependencyInjection;
using System.Collections.Concurrent;
using System.Diagnostics;
using System.Diagnostics.Metrics;
using Microsoft.Extensions.Logging;
using ReportBot.Core.Conversations;
using ReportBot.Core.Feedback;
using ReportBot.Core.Options;
using ReportBot.Core.Telemetry;
using ReportBot.Testing;
using MsOptions = Microsoft.Extensions.Options.Options;
using ReportBot.Core.Platforms;

namespace ReportBot.Core.Tests.Telemetry;

/// <summary>Metrics, spans and log lines a turn produces.</summary>
public sealed class TurnTelemetryTests(SeedReport seed) : IClassFixture<SeedReport>, IDisposable
{
    private readonly TestMeterFactory _meters = new();
    private readonly ConcurrentQueue<(string Name, long Value, Dictionary<string, object?> Tags)> _measurements = new();
    private readonly MeterListener _listener = new();

    private ConversationHandler Handler(TurnRateLimiter? limiter = null, TurnLog? log = null) => new TestConversations(seed, services =>
    {
        services.AddSingleton(new BotMetrics(_meters));
        if (limiter is not null) services.AddSingleton(limiter);
        if (log is not null) services.AddSingleton(log);
    }).Handler;

    private void Listen()
    {
        _listener.InstrumentPublished = (instrument, listener) =>
        {
            if (instrument.Meter.Scope == _meters) listener.EnableMeasurementEvents(instrument);
        };
        _listener.SetMeasurementEventCallback<long>((instrument, value, tags, _) =>
            _measurements.Enqueue((instrument.Name, value, Tags(tags))));
        _listener.SetMeasurementEventCallback<double>((instrument, value, tags, _) =>
            _measurements.Enqueue((instrument.Name, 1, Tags(tags))));
        _listener.Start();
    }

    private static Dictionary<string, object?> Tags(ReadOnlySpan<KeyValuePair<string, object?>> tags)
    {
        var d = new Dictionary<string, object?>();
        foreach (var tag in tags) d[tag.Key] = tag.Value;
        return d;
    }

    private int Count(string name, string key, string value) =>
        _measurements.Where(m => m.Name == name && Equals(m.Tags.GetValueOrDefault(key), value)).Sum(m => (int)m.Value);

    [Fact]
    public void Questions_are_counted_by_outcome_with_their_duration_votes_and_rate_limit_hits()
    {
        Listen();
        var limiter = new TurnRateLimiter(MsOptions.Create(new RateLimitOptions { QuestionsPerUser = 3, QuestionsPerChannel = 100 }));
        var handler = Handler(limiter);
        var answer = handler.Handle(new Turn(Platform.BotFramework("msteams"), "c", "u", "North Korea"));
        handler.Handle(new Turn(Platform.BotFramework("msteams"), "c", "u", "What is the recipe for kimchi?"));
        handler.Handle(new Turn(Platform.BotFramework("msteams"), "c", "u", new string('x', 5_000)));
        handler.Handle(new Turn(Platform.BotFramework("msteams"), "c", "u", "trade")); // over the per-user limit
        var down = answer.Buttons.Single(b => b.Action.Kind == TurnActionKind.Feedback && b.Action.Vote == FeedbackVote.Down).Action;
        handler.Handle(new Turn(Platform.BotFramework("msteams"), "c", "u", null, down));

        Assert.Equal(1, Count("reportbot.questions", "outcome", "answered"));
        Assert.Equal(1, Count("reportbot.questions", "outcome", "abstained"));
        Assert.Equal(1, Count("reportbot.questions", "outcome", "refused"));
        Assert.Equal(3, _measurements.Count(m => m.Name == "reportbot.answer.duration"));
        Assert.Equal(1, Count("reportbot.rate_limited", "platform", "msteams"));
        Assert.Equal(1, Count("reportbot.feedback", "vote", "down"));
    }

    [Fact]
    public void Each_turn_is_a_span_tagged_with_platform_input_and_reply()
    {
        var spans = new ConcurrentQueue<Activity>();
        string conversation = "span-test-" + Guid.NewGuid().ToString("N");
        using var listener = new ActivityListener
        {
            ShouldListenTo = source => source.Name == BotTracing.SourceName,
            Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllDataAndRecorded,
            ActivityStopped = spans.Enqueue,
        };
        ActivitySource.AddActivityListener(listener);
        var handler = Handler();
        // Other tests make turn spans in parallel: this test's are the children of its own root.
        using (var root = new Activity("telemetry-test").Start())
        {
            handler.Handle(new Turn(Platform.DiscordGateway, conversation, "u", "North Korea"));
            handler.Handle(new Turn(Platform.DiscordGateway, conversation, "u", "pillar 9"));
            var ask = new TestConversations(seed).Commands.Invoke("ask", null, new Dictionary<string, string> { ["question"] = "trade" });
            handler.Handle(new Turn(Platform.DiscordGateway, conversation, "u", null) { Command = ask });
        }

        var mine = spans.Where(s => s.OperationName == "turn" && s.ParentId is not null && s.Parent?.OperationName == "telemetry-test").ToList();
        Assert.Equal(3, mine.Count);
        Assert.Contains(mine, s => Equals(s.GetTagItem("reportbot.reply"), "Answer") && Equals(s.GetTagItem("reportbot.input"), "text"));
        Assert.Contains(mine, s => Equals(s.GetTagItem("reportbot.reply"), "Problem"));
        Assert.All(mine, s => Assert.Equal("discord", s.GetTagItem("reportbot.platform")));
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void The_question_text_reaches_the_log_only_when_IncludeQuestions_is_on(bool include)
    {
        const string question = "What does the report say about 5G deployment?";
        var logs = new ListLogger();
        var log = new TurnLog(logs, MsOptions.Create(new QuestionLoggingOptions { IncludeQuestions = include }));
        Handler(log: log).Handle(new Turn(Platform.WebChat, "c", "u", question));
        var line = Assert.Single(logs.Lines);
        Assert.Contains("web", line, StringComparison.Ordinal);
        Assert.Contains("Answered", line, StringComparison.Ordinal);
        Assert.Equal(include, line.Contains("deployment", StringComparison.Ordinal));
    }

    public void Dispose()
    {
        _listener.Dispose();
        _meters.Dispose();
    }

    private sealed class TestMeterFactory : IMeterFactory
    {
        private readonly List<Meter> _created = [];

        public Meter Create(MeterOptions options)
        {
            var meter = new Meter(options.Name, options.Version, options.Tags, scope: this);
            _created.Add(meter);
            return meter;
        }

        public void Dispose()
        {
            foreach (var meter in _created) meter.Dispose();
        }
    }

    private sealed class ListLogger : ILogger<TurnLog>
    {
        public ConcurrentQueue<string> Lines { get; } = new();

        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
            Lines.Enqueue(formatter(state, exception));
    }
}
