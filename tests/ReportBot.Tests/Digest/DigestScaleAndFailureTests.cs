using ReportBot.Core.Commands;
using System.Diagnostics;
using ReportBot.Core.Conversations;
using ReportBot.Core.Digest;
using ReportBot.Testing;
using Xunit.Abstractions;
using ReportBot.Core.Platforms;

namespace ReportBot.Tests.Digest;

/// <summary>Many subscriptions due at once, and a deleted channel among healthy ones, against fake Discord and Teams.</summary>
public sealed class DigestScaleAndFailureTests(ITestOutputHelper output)
{
    private static readonly DateTimeOffset Morning = new(2026, 3, 2, 8, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task A_thousand_subscriptions_due_in_the_same_minute_are_each_delivered_exactly_once()
    {
        const int PerPlatform = 500;
        await using var discord = await FakeDiscord.StartAsync();
        await using var connector = await FakeBotConnector.StartAsync();
        var (discordSender, discordServices) = DigestPlatforms.Discord(discord.ApiBaseUrl);
        await using var _ = discordServices;
        var (teamsSender, teamsServices) = DigestPlatforms.Teams();
        await using var __ = teamsServices;
        using var h = new DigestHarness(Morning, discordSender, teamsSender);

        var setup = Stopwatch.StartNew();
        var channels = Enumerable.Range(0, PerPlatform).Select(i => (900_000_000_000_000_000L + i).ToString(System.Globalization.CultureInfo.InvariantCulture)).ToList();
        var conversations = Enumerable.Range(0, PerPlatform).Select(i => $"19:team{i}@thread.tacv2").ToList();
        foreach (var channel in channels) h.Subscribe("discord", channel, "09:00", "UTC");
        foreach (var conversation in conversations)
            h.Subscribe("msteams", conversation, "09:00", "UTC", DigestPlatforms.TeamsReference(connector.ServiceUrl, conversation));
        output.WriteLine($"1,000 subscriptions stored in {setup.ElapsedMilliseconds} ms");

        // 09:00:00 .. 09:00:40: at most three passes, all inside the minute they are due in.
        h.Clock.Advance(TimeSpan.FromHours(1));
        var run = Stopwatch.StartNew();
        int sent = 0, passes = 0;
        for (; passes < 3 && sent < 2 * PerPlatform; passes++)
        {
            if (passes > 0) h.Clock.Advance(TimeSpan.FromSeconds(20));
            sent += await h.Runner.RunOnceAsync(CancellationToken.None);
        }
        output.WriteLine($"{sent} digests sent in {passes} pass(es), {run.ElapsedMilliseconds} ms");
        Assert.Equal(2 * PerPlatform, sent);

        var perChannel = discord.Rest.Messages.GroupBy(m => m.ChannelId).ToDictionary(g => g.Key, g => g.Count());
        Assert.Equal(PerPlatform, perChannel.Count);
        Assert.All(channels, c => Assert.Equal(1, perChannel.GetValueOrDefault(c)));
        var perConversation = connector.Received.GroupBy(a => a.ConversationId).ToDictionary(g => g.Key, g => g.Count());
        Assert.Equal(PerPlatform, perConversation.Count);
        Assert.All(conversations, c => Assert.Equal(1, perConversation.GetValueOrDefault(c)));

        var rows = new DeliveryLog(h.Database.Path).Rows();
        Assert.Equal(2 * PerPlatform, rows.Count);
        Assert.All(rows, r => Assert.Equal(("2026-03-02", "Sent"), (r.LocalDate, r.State)));

        // Later passes the same day send nothing more.
        h.Clock.Advance(TimeSpan.FromMinutes(1));
        Assert.Equal(0, await h.Runner.RunOnceAsync(CancellationToken.None));
        h.Restart();
        Assert.Equal(0, await h.Runner.RunOnceAsync(CancellationToken.None));
        Assert.Equal(PerPlatform, discord.Rest.Messages.Count);
        Assert.Equal(PerPlatform, connector.Received.Count);
    }

    [Fact]
    public async Task A_deleted_discord_channel_is_paused_with_the_404_while_the_other_channels_post_in_the_same_pass()
    {
        const string deleted = "700000000000000404";
        var healthy = Enumerable.Range(1, 5).Select(i => $"70000000000000000{i}").ToList();
        await using var discord = await DiscordWithDeletedChannels.StartAsync();
        discord.Deleted[deleted] = true;
        var (sender, services) = DigestPlatforms.Discord(discord.ApiBaseUrl);
        await using var _ = services;
        using var h = new DigestHarness(Morning, sender);
        var gone = h.Subscribe("discord", deleted, "09:00", "UTC");
        foreach (var channel in healthy) h.Subscribe("discord", channel, "09:00", "UTC");

        h.Clock.Advance(TimeSpan.FromMinutes(60.5));
        Assert.Equal(healthy.Count, await h.Runner.RunOnceAsync(CancellationToken.None));

        Assert.Equal(healthy.Order(), discord.State.Messages.Select(m => m.ChannelId).Order());
        Assert.Single(discord.Refused); // a 404 is final: not retried by the REST client
        var paused = h.Store.Get(gone.Id)!;
        Assert.False(paused.Active);
        Assert.Contains("404", paused.PausedReason);
        var log = new DeliveryLog(h.Database.Path);
        var failed = Assert.Single(log.Rows(gone.Id));
        Assert.Equal("Failed", failed.State);
        Assert.Contains("404", failed.Error);

        // What the channel's members see when they ask.
        var digest = new DigestCommand(h.Store, h.Catalog, Microsoft.Extensions.Options.Options.Create(h.Options), h.Clock);
        var commands = DeclaredCommands.Set();
        var asked = commands.Invoke("digest", "status", new Dictionary<string, string>())!;
        var status = digest.Handle(new CommandContext(new Turn(Platform.DiscordGateway, deleted, "53908232506183680", "digest status"), asked, commands));
        Assert.Equal("Daily recommendation: paused", status.Title);
        Assert.Contains(status.Items, i => i.StartsWith("Paused: ", StringComparison.Ordinal) && i.Contains("404", StringComparison.Ordinal));
        var fine = digest.Handle(new CommandContext(new Turn(Platform.DiscordGateway, healthy[0], "u", "digest status"), asked, commands));
        Assert.Equal("Daily recommendation: on", fine.Title);
        Assert.Contains(fine.Items, i => i.StartsWith("Sent so far: 1 ", StringComparison.Ordinal));

        // The next day the healthy channels post again, on time, and the deleted one is not tried.
        h.Clock.Advance(TimeSpan.FromDays(1));
        Assert.Equal(healthy.Count, await h.Runner.RunOnceAsync(CancellationToken.None));
        Assert.Equal(2 * healthy.Count, discord.State.Messages.Count);
        Assert.Single(discord.Refused);
    }
}
