using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using ReportBot.Core.Conversations;
using ReportBot.Core.Digest;
using ReportBot.Testing;
using ReportBot.Tests.Digest;
using ReportBot.Tests.Support;

namespace ReportBot.Tests.TrustBoundaries;

/// <summary>
/// Finding 1: a turn's platform comes from the door it came through. Nothing sent to <c>/api/messages</c> can read,
/// subscribe, unsubscribe or post to a Discord or chat-page conversation, whatever its <c>channelId</c> says.
/// </summary>
[Collection(MetricsCollection.Name)]
public sealed class PlatformByDoorTests : IAsyncLifetime
{
    private const string Channel = "555000321";
    private AllDoorsHost _doors = null!;

    // The test runs every digest pass itself.
    public async Task InitializeAsync() => _doors = await AllDoorsHost.StartAsync(new Dictionary<string, string?> { ["Digest:CheckInterval"] = "00:10:00" });

    public async Task DisposeAsync() => await _doors.DisposeAsync();

    private TestBotHost Host => _doors.Host;
    private FakeBotConnector Connector => _doors.Connector;
    private FakeDiscord Discord => _doors.Discord;
    private DiscordTestKeys Keys => _doors.Keys;

    private IDigestStore Store => Host.App.Services.GetRequiredService<IDigestStore>();

    private async Task<ReceivedActivity> SayAsBotFrameworkAsync(string channelId, string conversation, string text)
    {
        int before = Connector.Received.Count;
        var response = await Host.Client.PostActivityAsync(LocalActivity.Message(Connector.ServiceUrl, text, channelId, conversation, "act-" + before));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return (await Connector.WaitForAsync(before + 1))[before];
    }

    /// <summary>/digest {sub} in <see cref="Channel"/> by a member who may manage it, signed as Discord signs.</summary>
    private Task<JsonElement> DiscordDigestAsync(string sub) => Host.Client.AnswerAsync(Keys,
        SignedInteraction.Command(Channel, "digest", [new { type = 1, name = sub, options = Array.Empty<object>() }], permissions: "16"));

    [Fact]
    public async Task An_activity_calling_itself_discord_subscribes_only_its_own_Bot_Framework_conversation()
    {
        var reply = await SayAsBotFrameworkAsync("discord", Channel, "digest subscribe 04:36 UTC");
        Assert.Contains("Subscribed", reply.Visible);

        Assert.Null(Store.Find("discord", Channel));
        Assert.NotNull(Store.Find("botframework", Channel));
        Host.FlushStateWrites();
        Assert.Null(Host.App.Services.GetRequiredService<IConversationDirectory>().Find("discord", Channel));
    }

    [Fact]
    public async Task An_activity_calling_itself_discord_cannot_undo_what_a_Discord_admin_set_up()
    {
        Assert.Contains("Subscribed", (await DiscordDigestAsync("subscribe")).GetRawText());
        await SayAsBotFrameworkAsync("discord", Channel, "digest unsubscribe");
        Assert.NotNull(Store.Find("discord", Channel));
        Assert.Contains("Unsubscribed", (await DiscordDigestAsync("unsubscribe")).GetRawText());
        Assert.Null(Store.Find("discord", Channel));
    }

    [Fact]
    public async Task The_Discord_digest_posts_nothing_to_a_channel_never_seen_through_Discord()
    {
        // What an older version left behind after the attack: a Discord subscription and an address from a payload.
        var now = DateTimeOffset.UtcNow;
        Store.Subscribe("discord", Channel, new DigestTime(new TimeOnly(0, 0), "UTC"), "29:user", now);
        using (var connection = new SqliteConnection($"Data Source={Path.Combine(Host.DataPath, "reportbot.db")}"))
        {
            connection.Open();
            using var insert = connection.CreateCommand();
            insert.CommandText = $"""
                INSERT INTO conversations (platform, conversation_id, reference, verified, updated_utc) VALUES ('discord', '{Channel}', '{Channel}', 0, '{now:O}');
                UPDATE digest_subscriptions SET last_local_date = date('now', '-1 day') WHERE platform = 'discord';
                """;
            insert.ExecuteNonQuery();
        }

        Assert.Equal(0, await Host.App.Services.GetRequiredService<DigestRunner>().RunOnceAsync(CancellationToken.None));
        Assert.Empty(Discord.Rest.RequestsTo(FakeDiscordRestRoute.CreateMessage));
        Assert.Contains("never seen through Discord", Store.Find("discord", Channel)!.PausedReason);
    }

    [Fact]
    public async Task An_activity_calling_itself_web_cannot_touch_a_chat_page_conversation()
    {
        var page = Host.Client.Conversation();
        Assert.Equal("Subscribed to the daily recommendation", (await page.SayAsync("digest subscribe 07:00 UTC")).GetProperty("title").GetString());

        await SayAsBotFrameworkAsync("web", page.Id!, "digest unsubscribe");
        Assert.NotNull(Store.Find("web", page.Id!));
    }

    [Fact]
    public async Task A_chat_page_answer_cannot_be_voted_on_through_another_door()
    {
        var page = Host.Client.Conversation();
        var answer = await page.SayAsync("North Korea");
        string down = answer.GetProperty("buttons").EnumerateArray().Single(b => b.GetProperty("label").GetString() == "👎").GetProperty("action").GetString()!;
        var press = LocalActivity.Message(Connector.ServiceUrl, "", conversation: "a:voter");
        press["value"] = new System.Text.Json.Nodes.JsonObject { ["reportbot"] = down };
        Assert.Equal(HttpStatusCode.OK, (await Host.Client.PostActivityAsync(press)).StatusCode);
        Assert.Contains("That answer has expired", (await Connector.WaitForAsync(1))[0].Visible);
        Assert.Equal("Thanks for the feedback", (await page.PressAsync(down)).GetProperty("title").GetString());
    }

    [Fact]
    public async Task Metric_labels_come_from_the_closed_set_whatever_channelId_says()
    {
        for (int i = 0; i < 40; i++) await SayAsBotFrameworkAsync($"made-up-{i}", "a:chat-" + i, "North Korea");
        string metrics = await Host.Client.GetStringAsync("/metrics");
        var platforms = metrics.Split('\n').Where(l => l.StartsWith("reportbot_questions_total{", StringComparison.Ordinal))
            .Select(l => l[(l.IndexOf("platform=\"", StringComparison.Ordinal) + 10)..]).Select(l => l[..l.IndexOf('"')]).Distinct().ToList();
        Assert.Equal(["botframework"], platforms);
        Assert.DoesNotContain("made-up-", metrics, StringComparison.Ordinal);
    }
}
