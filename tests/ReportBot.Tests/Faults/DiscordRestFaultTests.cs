using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using ReportBot.Discord.Messages;
using ReportBot.Testing;
using ReportBot.Tests.Support;

namespace ReportBot.Tests.Faults;

/// <summary>
/// The real host on a fake Discord whose REST API fails on purpose (5xx, 429s with Discord's headers and body, no
/// answer, a cut connection) while the bot answers questions from the gateway: each reply arrives once the fault
/// clears within the bounded retries, never twice, and <c>/readyz</c> says when Discord keeps failing.
/// </summary>
public sealed class DiscordRestFaultTests : IAsyncLifetime
{
    private readonly ErrorLogCapture _errors = new();
    private readonly CapturingLoggerProvider _warnings = new();
    private FakeDiscord _discord = null!;
    private TestBotHost _host = null!;
    private FakeDiscordGatewayConnection _connection = null!;
    private int _questions;

    public async Task InitializeAsync()
    {
        _discord = await FakeDiscord.StartAsync();
        var settings = _discord.Settings();
        settings["Discord:Rest:RetryDelay"] = "00:00:00.050";
        settings["Discord:Rest:RequestTimeout"] = "00:00:01";
        settings["Logging:LogLevel:ReportBot.Discord.Messages.MessageReplier"] = "Debug";
        _host = await TestBotHost.StartAsync(settings, builder =>
        {
            builder.Logging.AddProvider(_errors);
            builder.Logging.AddProvider(_warnings);
        });
        _connection = await _discord.Gateway.WaitForConnectionAsync(1);
        await _host.WaitForDiscordGatewayAsync();
        Assert.NotNull(_host.App.Services.GetRequiredService<MessageReplier>().SelfId);
    }

    public async Task DisposeAsync()
    {
        await _host.DisposeAsync();
        await _discord.DisposeAsync();
        _warnings.Dispose();
    }

    /// <summary>A DM asking for pillar 4 in a channel of its own; returns the channel.</summary>
    private async Task<string> AskAsync()
    {
        string channel = "13000000000000000" + Interlocked.Increment(ref _questions).ToString("00", System.Globalization.CultureInfo.InvariantCulture);
        await _connection.SendDispatchAsync("MESSAGE_CREATE", FakeDiscordGatewayPayloads.MessageCreate("pillar 4", guildId: null, channelId: channel));
        return channel;
    }

    /// <summary>
    /// The one reply in <paramref name="channel"/>, once the bot says its post there went through: a post that
    /// succeeded is the bot's last attempt at that reply, so no copy can still be on its way, and everything that
    /// watches the bot's calls (readiness) has seen the answer.
    /// </summary>
    private async Task<FakeDiscordRestMessage> ReplyInAsync(string channel)
    {
        await _warnings.WaitForMessagesAsync(m => m == $"Replied in channel {channel}", 1, $"of the reply in {channel} sent", TimeSpan.FromSeconds(15));
        return Assert.Single(_discord.Rest.Messages, m => m.ChannelId == channel);
    }

    private IReadOnlyList<FakeDiscordRestRequest> PostsTo(string channel) =>
        [.. _discord.Rest.RequestsTo(FakeDiscordRestRoute.CreateMessage).Where(r => r.Path == $"/channels/{channel}/messages")];

    private async Task<HealthReportEntry> DiscordRestHealthAsync() =>
        (await _host.App.Services.GetRequiredService<HealthCheckService>().CheckHealthAsync()).Entries["discord-rest"];

    [Fact]
    public async Task A_reply_that_meets_three_500s_is_posted_once_on_the_fourth_attempt()
    {
        _discord.Rest.Script(FakeDiscordRestRoute.CreateMessage, FakeDiscordRestReply.ServerError(), times: 3);
        string channel = await AskAsync();

        Assert.Contains("Pillar 4", (await ReplyInAsync(channel)).Json.GetRawText());
        Assert.Equal([500, 500, 500, 200], PostsTo(channel).Select(r => r.Status));
        Assert.Equal(HealthStatus.Healthy, (await DiscordRestHealthAsync()).Status);
        Assert.Empty(_errors.Errors);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task A_reply_that_meets_a_429_waits_as_told_and_is_posted_once(bool global)
    {
        _discord.Rest.Script(FakeDiscordRestRoute.CreateMessage, FakeDiscordRestReply.RateLimited(TimeSpan.FromSeconds(1.2), global));
        string channel = await AskAsync();

        await ReplyInAsync(channel);
        var posts = PostsTo(channel);
        Assert.Equal([429, 200], posts.Select(r => r.Status));
        Assert.True(posts[1].At - posts[0].At >= TimeSpan.FromSeconds(1.1), $"retried after {(posts[1].At - posts[0].At).TotalSeconds} s");
        Assert.DoesNotContain(_discord.Rest.Requests, r => r.IsUnscriptedRateLimit);
        Assert.Equal(HealthStatus.Healthy, (await DiscordRestHealthAsync()).Status);
        Assert.Empty(_errors.Errors);
    }

    /// <summary>
    /// No answer, or a cut connection, is retried: whether Discord had posted the first attempt (the answer was lost
    /// on the way back) or not, the channel ends with exactly one reply.
    /// </summary>
    [Theory]
    [InlineData(NetworkFault.Hang, false)]
    [InlineData(NetworkFault.Hang, true)]
    [InlineData(NetworkFault.Drop, false)]
    [InlineData(NetworkFault.Drop, true)]
    public async Task A_reply_whose_post_hangs_or_is_cut_is_retried_and_the_channel_gets_it_once(NetworkFault fault, bool discordTookIt)
    {
        var reply = fault == NetworkFault.Hang ? FakeDiscordRestReply.Hang(discordTookIt) : FakeDiscordRestReply.Drop(discordTookIt);
        _discord.Rest.Script(FakeDiscordRestRoute.CreateMessage, reply);
        string channel = await AskAsync();

        await ReplyInAsync(channel);
        Assert.Equal([0, 200], PostsTo(channel).Select(r => r.Status));
        Assert.Empty(_errors.Errors);
    }

    [Fact]
    public async Task Readyz_is_degraded_while_every_attempt_fails_and_healthy_again_once_a_reply_goes_through()
    {
        // 1 attempt + 3 retries: the first reply is given up, as the bounded retries require.
        _discord.Rest.Script(FakeDiscordRestRoute.CreateMessage, FakeDiscordRestReply.ServerError(503), times: 4);
        string lost = await AskAsync();
        // The replier gives up after the fourth 503 and logs so; the readiness tracker had recorded each 503 before.
        await _warnings.WaitForMessagesAsync(m => m.StartsWith($"Could not reply in channel {lost}:", StringComparison.Ordinal), 1,
            $"of the reply in {lost} given up", TimeSpan.FromSeconds(15));
        Assert.Equal(4, PostsTo(lost).Count);

        var health = await DiscordRestHealthAsync();
        Assert.Equal(HealthStatus.Degraded, health.Status);
        Assert.Contains("answered 503", health.Description);
        Assert.StartsWith("Degraded\ndiscord-rest: Degraded — ", await _host.Client.GetStringAsync("/readyz"), StringComparison.Ordinal);
        Assert.Empty(_discord.Rest.Messages);

        string answered = await AskAsync();
        await ReplyInAsync(answered);
        Assert.Equal("Healthy", await _host.Client.GetStringAsync("/readyz"));
        Assert.DoesNotContain(_discord.Rest.Messages, m => m.ChannelId == lost);
        Assert.Empty(_errors.Errors);
    }

    [Fact]
    public async Task A_slash_command_whose_callback_was_taken_but_cut_off_is_answered_once()
    {
        _discord.Rest.Script(FakeDiscordRestRoute.InteractionCallback, FakeDiscordRestReply.Drop(afterHandling: true));
        var interaction = FakeDiscordGatewayPayloads.InteractionCreate("pillar", "number", "4", FakeDiscord.ApplicationId);
        await _connection.SendDispatchAsync("INTERACTION_CREATE", interaction);

        // The retry meets "already acknowledged" (40060): the user saw the answer once.
        // The handler logs the 400 it got for the retry; it sends nothing after that.
        await _warnings.WaitForMessagesAsync(m => m.StartsWith("Could not respond to interaction ", StringComparison.Ordinal), 1,
            "of the callback given up", TimeSpan.FromSeconds(15));
        var callback = Assert.Single(_discord.Rest.InteractionCallbacks);
        Assert.Contains("Pillar 4", callback.Body.GetRawText());
        Assert.Equal([0, 400], _discord.Rest.RequestsTo(FakeDiscordRestRoute.InteractionCallback).Select(r => r.Status));
        Assert.Empty(_errors.Errors);
    }
}
