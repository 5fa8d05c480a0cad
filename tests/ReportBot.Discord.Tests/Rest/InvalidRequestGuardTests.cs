using System.Net;
using Microsoft.Extensions.Time.Testing;
using ReportBot.Discord.Rest;
using ReportBot.Discord.Rest.RateLimits;
using ReportBot.Testing;

namespace ReportBot.Discord.Tests.Rest;

public sealed class InvalidRequestGuardTests
{
    [Fact]
    public void The_count_slides_over_the_window()
    {
        var time = new FakeTimeProvider();
        var guard = new InvalidRequestGuard(threshold: 3, window: TimeSpan.FromMinutes(10));

        guard.Record(time.GetUtcNow());
        time.Advance(TimeSpan.FromMinutes(4));
        guard.Record(time.GetUtcNow());
        guard.Record(time.GetUtcNow());
        Assert.False(guard.TryAcquire(time.GetUtcNow()));

        time.Advance(TimeSpan.FromMinutes(6));
        Assert.Equal(2, guard.CountAt(time.GetUtcNow()));
        Assert.True(guard.TryAcquire(time.GetUtcNow()));
        time.Advance(TimeSpan.FromMinutes(4));
        Assert.Equal(0, guard.CountAt(time.GetUtcNow()));
    }

    [Theory]
    [InlineData(401, null, true)]
    [InlineData(403, null, true)]
    [InlineData(429, "user", true)]
    [InlineData(429, "global", true)]
    [InlineData(429, "shared", false)]
    [InlineData(404, null, false)]
    [InlineData(500, null, false)]
    public void Counts_401_403_and_429_except_shared_scope(int status, string? scope, bool counted) =>
        Assert.Equal(counted, InvalidRequestGuard.Counts(status, new RateLimitInfo { Scope = scope }));

    [Fact]
    public void The_default_threshold_stays_well_below_discords_ban()
    {
        var options = new DiscordRestClientOptions();
        Assert.InRange(options.InvalidRequestThreshold, 1, 5_000);
        Assert.Equal(TimeSpan.FromMinutes(10), options.InvalidRequestWindow);
    }

    [Fact]
    public async Task The_client_stops_sending_at_the_threshold_until_the_invalid_requests_age_out()
    {
        var time = new FakeTimeProvider(DateTimeOffset.UtcNow);
        await using var harness = await RestHarness.StartAsync(o => o.InvalidRequestThreshold = 3, time);
        harness.State.Script(FakeDiscordRestRoute.CreateMessage, FakeDiscordRestReply.Forbidden(), times: 3);

        for (int i = 0; i < 3; i++)
        {
            var forbidden = await Assert.ThrowsAsync<DiscordRestException>(() => harness.Client.CreateMessageAsync("1", RestSamples.Message(), CancellationToken.None));
            Assert.True(forbidden.IsPermanent);
        }
        var refused = await Assert.ThrowsAsync<DiscordRestException>(() => harness.Client.GetGatewayBotAsync(CancellationToken.None));
        Assert.Equal(HttpStatusCode.TooManyRequests, refused.Status);
        Assert.Null(refused.Code);
        Assert.Equal(3, harness.State.Requests.Count); // refused without calling Discord

        time.Advance(TimeSpan.FromMinutes(9));
        await Assert.ThrowsAsync<DiscordRestException>(() => harness.Client.CreateMessageAsync("1", RestSamples.Message(), CancellationToken.None));
        Assert.Equal(3, harness.State.Requests.Count);

        time.Advance(TimeSpan.FromMinutes(1));
        await harness.Client.CreateMessageAsync("1", RestSamples.Message(), CancellationToken.None);
        Assert.Equal(4, harness.State.Requests.Count);
    }

    [Fact]
    public async Task Shared_scope_429s_do_not_count_but_user_scope_429s_do()
    {
        var time = new FakeTimeProvider(DateTimeOffset.UtcNow);
        await using var harness = await RestHarness.StartAsync(o => o.InvalidRequestThreshold = 2, time);
        harness.State.Script(FakeDiscordRestRoute.CreateMessage, FakeDiscordRestReply.RateLimited(TimeSpan.Zero, scope: "shared"), times: 3);
        await harness.Client.CreateMessageAsync("1", RestSamples.Message(), CancellationToken.None);
        Assert.Equal([429, 429, 429, 200], harness.State.Requests.Select(r => r.Status));

        // Two counted 429s reach the threshold of 2: the third attempt is refused without being sent.
        harness.State.Script(FakeDiscordRestRoute.CreateMessage, FakeDiscordRestReply.RateLimited(TimeSpan.Zero), times: 2);
        var refused = await Assert.ThrowsAsync<DiscordRestException>(() => harness.Client.CreateMessageAsync("1", RestSamples.Message(), CancellationToken.None));
        Assert.Null(refused.Code);
        Assert.Equal(6, harness.State.Requests.Count);
    }
}
