using System.Diagnostics.Metrics;

namespace ReportBot.Core.Telemetry;

/// <summary>
/// The bot's own instruments, on the <see cref="MeterName"/> meter. Core only records; the host decides where the
/// numbers go (Prometheus on <c>/metrics</c>). Tag values come from small fixed sets so series stay few.
/// </summary>
public sealed class BotMetrics
{
    public const string MeterName = "ReportBot";

    private readonly Counter<long> _questions;
    private readonly Histogram<double> _answerDuration;
    private readonly Counter<long> _rateLimited;
    private readonly Counter<long> _feedback;
    private readonly Counter<long> _digestDeliveries;
    private readonly Counter<long> _outboundCalls;

    public BotMetrics(IMeterFactory meters)
    {
        var meter = meters.Create(MeterName);
        _questions = meter.CreateCounter<long>("reportbot.questions", "{question}",
            "Questions handled, by outcome: answered, abstained (not covered), refused (empty, too long, nothing to search).");
        _answerDuration = meter.CreateHistogram<double>("reportbot.answer.duration", "s",
            "Time to answer a question in the engine.", advice: new InstrumentAdvice<double>
            {
                HistogramBucketBoundaries = [0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5],
            });
        _rateLimited = meter.CreateCounter<long>("reportbot.rate_limited", "{question}", "Questions refused by the per-user or per-channel limit.");
        _feedback = meter.CreateCounter<long>("reportbot.feedback", "{vote}", "👍/👎 votes on answers.");
        _digestDeliveries = meter.CreateCounter<long>("reportbot.digest.deliveries", "{post}",
            "Daily recommendation posts, by outcome: sent, failed (will retry), abandoned (out of attempts), paused (channel gone).");
        _outboundCalls = meter.CreateCounter<long>("reportbot.outbound.calls", "{request}",
            "HTTP calls to Discord (discord-rest) and the Bot Connector (botframework-connector), by client and status code (0: no answer).");
    }

    public void Question(string platform, string outcome, TimeSpan elapsed)
    {
        _questions.Add(1, new("platform", platform), new("outcome", outcome));
        _answerDuration.Record(elapsed.TotalSeconds, new KeyValuePair<string, object?>("outcome", outcome));
    }

    public void RateLimited(string platform) => _rateLimited.Add(1, new KeyValuePair<string, object?>("platform", platform));

    public void Feedback(string platform, string vote) => _feedback.Add(1, new("platform", platform), new("vote", vote));

    public void DigestDelivery(string platform, string outcome) => _digestDeliveries.Add(1, new("platform", platform), new("outcome", outcome));

    public void OutboundCall(string client, int status) => _outboundCalls.Add(1, new("client", client), new("status", status));
}
