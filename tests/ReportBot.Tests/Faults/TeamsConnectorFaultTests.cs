using System.Net;
using System.Text;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using ReportBot.Testing;
using ReportBot.Tests.Support;

namespace ReportBot.Tests.Faults;

/// <summary>
/// The real host (local mode) replying through a Bot Connector that fails on purpose: 5xx and 429 are retried a
/// bounded number of times and the reply arrives once; a post that got no answer or lost its connection is not
/// retried (the connector may have taken it, and Teams has no way to drop a duplicate), yet the next question is
/// answered; <c>/readyz</c> says when the connector keeps failing.
/// </summary>
public sealed class TeamsConnectorFaultTests : IAsyncLifetime
{
    private readonly ErrorLogCapture _errors = new();
    private readonly TeamsReplyLog _replies = new();
    private FakeBotConnector _connector = null!;
    private TestBotHost _host = null!;
    private int _activities;

    public async Task InitializeAsync()
    {
        _connector = await FakeBotConnector.StartAsync();
        _host = await TestBotHost.StartAsync(
            new Dictionary<string, string?> { ["Teams:ConnectorTimeout"] = "00:00:03" },
            builder =>
            {
                builder.Logging.AddProvider(_errors);
                _replies.AddTo(builder.Logging);
            });
    }

    public async Task DisposeAsync()
    {
        await _host.DisposeAsync();
        await _connector.DisposeAsync();
        _replies.Dispose();
    }

    private async Task AskAsync(string conversation, string text = "pillar 4")
    {
        string id = "m" + Interlocked.Increment(ref _activities);
        string activity = $$"""
            {"type":"message","id":"{{id}}","channelId":"msteams","serviceUrl":"{{_connector.ServiceUrl}}","from":{"id":"29:user"},
             "recipient":{"id":"28:bot"},"conversation":{"id":"{{conversation}}"},"text":"{{text}}"}
            """;
        var response = await _host.Client.PostAsync("/api/messages", new StringContent(activity, Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    private int PostsTo(string conversation) => _connector.Requests.Count(r => r.Path.Contains("/" + conversation + "/", StringComparison.Ordinal));

    private IReadOnlyList<ReceivedActivity> RepliesIn(string conversation) => [.. _connector.Received.Where(r => r.ConversationId == conversation)];

    /// <summary>The one reply in <paramref name="conversation"/>, once the sender says the connector took it (no attempt follows).</summary>
    private async Task<ReceivedActivity> ReplyInAsync(string conversation)
    {
        await _replies.SentAsync(conversation);
        return Assert.Single(RepliesIn(conversation));
    }

    private async Task<HealthReportEntry> ConnectorHealthAsync() =>
        (await _host.App.Services.GetRequiredService<HealthCheckService>().CheckHealthAsync()).Entries["teams-connector"];

    [Fact]
    public async Task A_reply_that_meets_three_500s_is_posted_once_on_the_fourth_attempt()
    {
        for (int i = 0; i < 3; i++) _connector.FailNext(500);
        await AskAsync("a:five-hundreds");

        Assert.Contains("Pillar 4", (await ReplyInAsync("a:five-hundreds")).Visible);
        Assert.Equal(4, PostsTo("a:five-hundreds"));
        Assert.Equal(HealthStatus.Healthy, (await ConnectorHealthAsync()).Status);
        Assert.Empty(_errors.Errors);
    }

    [Fact]
    public async Task A_reply_that_meets_a_429_waits_for_retry_after_and_is_posted_once()
    {
        _connector.FailNext(429, TimeSpan.FromSeconds(2));
        await AskAsync("a:rate-limited");

        await ReplyInAsync("a:rate-limited");
        var times = _connector.Requests.Select(r => r.At).ToList();
        Assert.Equal(2, times.Count);
        Assert.True(times[1] - times[0] >= TimeSpan.FromSeconds(1.9), $"retried after {(times[1] - times[0]).TotalSeconds} s");
        Assert.Empty(_errors.Errors);
    }

    [Theory]
    [InlineData(NetworkFault.Hang, false)]
    [InlineData(NetworkFault.Hang, true)]
    [InlineData(NetworkFault.Drop, false)]
    [InlineData(NetworkFault.Drop, true)]
    public async Task A_post_without_an_answer_is_not_sent_twice_and_the_next_question_is_answered(NetworkFault fault, bool connectorTookIt)
    {
        if (fault == NetworkFault.Hang) _connector.HangNext(connectorTookIt);
        else _connector.DropNext(connectorTookIt);
        await AskAsync("a:faulty");
        // The sender gives the reply up (after the 3 s timeout, for a hang) and logs so: no retry can follow that.
        await _replies.FailedAsync("a:faulty");

        Assert.Equal(1, PostsTo("a:faulty"));
        Assert.Equal(connectorTookIt ? 1 : 0, RepliesIn("a:faulty").Count);

        await AskAsync("a:faulty", "pillar 2");
        await _replies.SentAsync("a:faulty");
        Assert.Contains(RepliesIn("a:faulty"), r => r.Visible.Contains("Pillar 2", StringComparison.Ordinal));
        Assert.Equal(2, PostsTo("a:faulty"));
        Assert.Empty(_errors.Errors);
    }

    [Fact]
    public async Task Readyz_is_degraded_while_every_attempt_fails_and_healthy_again_once_a_reply_goes_through()
    {
        // 1 attempt + 3 retries: the first reply is given up, as the bounded retries require.
        for (int i = 0; i < 4; i++) _connector.FailNext(503);
        await AskAsync("a:down");
        // Given up after the fourth 503, each of which the readiness tracker had recorded before the sender heard it.
        await _replies.FailedAsync("a:down");
        Assert.Equal(4, PostsTo("a:down"));

        var health = await ConnectorHealthAsync();
        Assert.Equal(HealthStatus.Degraded, health.Status);
        Assert.Contains("answered 503", health.Description);
        Assert.StartsWith("Degraded\nteams-connector: Degraded — ", await _host.Client.GetStringAsync("/readyz"), StringComparison.Ordinal);
        Assert.Empty(_connector.Received);

        await AskAsync("a:up");
        await ReplyInAsync("a:up");
        Assert.Equal("Healthy", await _host.Client.GetStringAsync("/readyz"));
        Assert.Empty(RepliesIn("a:down"));
        Assert.Empty(_errors.Errors);
    }
}
