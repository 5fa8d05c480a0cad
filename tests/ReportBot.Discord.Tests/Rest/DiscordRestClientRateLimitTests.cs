using ReportBot.Discord.Rest;
using ReportBot.Testing;

namespace ReportBot.Discord.Tests.Rest;

/// <summary>Real short delays: the fake answers 429s and counts limits in real time, as Discord would.</summary>
public sealed class DiscordRestClientRateLimitTests
{
    // A request that was held back reaches the fake at least RetryAfter after the 429; one that was not, before.
    private static readonly TimeSpan RetryAfter = TimeSpan.FromMilliseconds(1200);
    private static readonly TimeSpan Slack = TimeSpan.FromMilliseconds(40);

    [Theory]
    [InlineData(true)]
    [InlineData(false)] // only the body's retry_after says how long to wait
    public async Task A_429_holds_back_only_its_bucket_and_the_request_is_retried_after_retry_after(bool withRateLimitHeaders)
    {
        await using var harness = await RestHarness.StartAsync();
        var client = harness.Client;
        harness.State.Script(FakeDiscordRestRoute.CreateMessage,
            FakeDiscordRestReply.RateLimited(RetryAfter) with { IncludeRateLimitHeaders = withRateLimitHeaders });

        var limited = client.CreateMessageAsync("1", RestSamples.Message("first"), CancellationToken.None);
        var rateLimit = (await harness.State.WaitForRequestsAsync(1, r => r.Status == 429)).Single();
        var sameBucket = client.CreateMessageAsync("1", RestSamples.Message("second"), CancellationToken.None);

        // Other buckets go through meanwhile: another channel on the same route, and another route. They reach the
        // fake before the limited bucket's retry-after has passed (the fake's clock: how busy this machine is does
        // not matter), and before the limited request's retry (the order of the messages below).
        await client.CreateMessageAsync("2", RestSamples.Message("elsewhere"), CancellationToken.None);
        await client.GetGatewayBotAsync(CancellationToken.None);
        var others = harness.State.Requests.Where(r => r.Path == "/channels/2/messages" || r.Route == FakeDiscordRestRoute.GatewayBot).ToList();
        Assert.Equal(2, others.Count);
        Assert.All(others, r => Assert.True(r.At - rateLimit.At < RetryAfter - Slack, $"{r.Path} waited {(r.At - rateLimit.At).TotalMilliseconds} ms"));

        await Task.WhenAll(limited, sameBucket);
        var channel1 = harness.State.Requests.Where(r => r.Path == "/channels/1/messages").ToList();
        Assert.Equal([429, 200, 200], channel1.Select(r => r.Status));
        Assert.All(channel1.Skip(1), r => Assert.True(r.At - rateLimit.At >= RetryAfter - Slack, $"arrived {(r.At - rateLimit.At).TotalMilliseconds} ms after the 429"));
        Assert.DoesNotContain(harness.State.Requests, r => r.IsUnscriptedRateLimit);
        Assert.Equal(["elsewhere", "first", "second"], harness.State.Messages.Select(m => m.Content));
    }

    [Fact]
    public async Task A_global_429_pauses_every_route_but_interaction_callbacks()
    {
        await using var harness = await RestHarness.StartAsync();
        var client = harness.Client;
        harness.State.Script(FakeDiscordRestRoute.CreateMessage, FakeDiscordRestReply.RateLimited(RetryAfter, global: true));

        var limited = client.CreateMessageAsync("1", RestSamples.Message(), CancellationToken.None);
        var rateLimit = (await harness.State.WaitForRequestsAsync(1, r => r.Status == 429)).Single();
        var otherRoute = client.GetGatewayBotAsync(CancellationToken.None);
        var otherChannel = client.CreateMessageAsync("2", RestSamples.Message(), CancellationToken.None);

        await client.CreateInteractionResponseAsync("5", "token", RestSamples.Reply(), CancellationToken.None);
        var callback = harness.State.Requests.Single(r => r.Path.StartsWith("/interactions/", StringComparison.Ordinal));
        Assert.True(callback.At - rateLimit.At < RetryAfter - Slack, $"the interaction callback waited {(callback.At - rateLimit.At).TotalMilliseconds} ms");

        await Task.WhenAll(limited, otherRoute, otherChannel);
        var held = harness.State.Requests.Where(r => r.Route is FakeDiscordRestRoute.GatewayBot or FakeDiscordRestRoute.CreateMessage && r.Status == 200).ToList();
        Assert.Equal(3, held.Count);
        Assert.All(held, r => Assert.True(r.At - rateLimit.At >= RetryAfter - Slack, $"{r.Path} arrived {(r.At - rateLimit.At).TotalMilliseconds} ms after the global 429"));
        Assert.DoesNotContain(harness.State.Requests, r => r.IsUnscriptedRateLimit);
    }

    [Fact]
    public async Task Remaining_zero_makes_the_next_request_in_that_bucket_wait_for_reset_after()
    {
        await using var harness = await RestHarness.StartAsync();
        harness.State.SetRateLimit(FakeDiscordRestRoute.CreateMessage, limit: 2, resetAfter: RetryAfter);
        var client = harness.Client;

        await client.CreateMessageAsync("1", RestSamples.Message("a"), CancellationToken.None);
        await client.CreateMessageAsync("1", RestSamples.Message("b"), CancellationToken.None);
        await client.CreateMessageAsync("2", RestSamples.Message("other channel"), CancellationToken.None);
        await client.CreateMessageAsync("1", RestSamples.Message("c"), CancellationToken.None);

        var channel1 = harness.State.Requests.Where(r => r.Path == "/channels/1/messages").ToList();
        var channel2 = harness.State.Requests.Single(r => r.Path == "/channels/2/messages");
        Assert.All(harness.State.Requests, r => Assert.Equal(200, r.Status));
        // Another channel is another bucket: its request reached Discord before channel 1's bucket reset, which it
        // would not have if it had waited for that bucket (judged by the fake's clock, not by how busy this machine is).
        Assert.True(channel2.At < channel1[1].At + RetryAfter - Slack,
            $"the other channel's request came {(channel2.At - channel1[1].At).TotalMilliseconds} ms after the bucket ran out");
        Assert.True(channel1[2].At - channel1[0].At >= RetryAfter - Slack,
            $"the third request came {(channel1[2].At - channel1[0].At).TotalMilliseconds} ms after the first");
    }

    [Fact]
    public async Task Concurrent_requests_in_one_bucket_respect_the_limit()
    {
        await using var harness = await RestHarness.StartAsync();
        harness.State.SetRateLimit(FakeDiscordRestRoute.CreateMessage, limit: 3, resetAfter: TimeSpan.FromMilliseconds(400));

        await Task.WhenAll(Enumerable.Range(0, 7).Select(i =>
            harness.Client.CreateMessageAsync("1", RestSamples.Message("m" + i), CancellationToken.None)));

        Assert.Equal(7, harness.State.Messages.Count);
        Assert.DoesNotContain(harness.State.Requests, r => r.Status == 429);
    }

    [Fact]
    public async Task A_429_asking_for_longer_than_the_maximum_wait_fails_at_once()
    {
        await using var harness = await RestHarness.StartAsync(o => o.MaxRateLimitWait = TimeSpan.FromSeconds(1));
        harness.State.Script(FakeDiscordRestRoute.CreateMessage, FakeDiscordRestReply.RateLimited(TimeSpan.FromSeconds(30)));

        var started = DateTimeOffset.UtcNow;
        var error = await Assert.ThrowsAsync<DiscordRestException>(() =>
            harness.Client.CreateMessageAsync("1", RestSamples.Message(), CancellationToken.None));

        Assert.Equal(System.Net.HttpStatusCode.TooManyRequests, error.Status);
        Assert.False(error.IsPermanent);
        Assert.InRange(DateTimeOffset.UtcNow - started, TimeSpan.Zero, TimeSpan.FromSeconds(5)); // not the 30 s asked for
        Assert.Single(harness.State.RequestsTo(FakeDiscordRestRoute.CreateMessage));
    }

    [Fact]
    public async Task Repeated_429s_give_up_after_the_bounded_rate_limit_retries()
    {
        await using var harness = await RestHarness.StartAsync(o => o.MaxRateLimitRetries = 2);
        harness.State.Script(FakeDiscordRestRoute.CreateMessage, FakeDiscordRestReply.RateLimited(TimeSpan.FromMilliseconds(30)), times: 5);

        var error = await Assert.ThrowsAsync<DiscordRestException>(() =>
            harness.Client.CreateMessageAsync("1", RestSamples.Message(), CancellationToken.None));

        Assert.Equal(System.Net.HttpStatusCode.TooManyRequests, error.Status);
        Assert.Equal(3, harness.State.Requests.Count);
    }
}
