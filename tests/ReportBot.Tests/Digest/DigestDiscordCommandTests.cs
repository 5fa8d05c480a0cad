using System.Text;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using ReportBot.Core.Digest;
using ReportBot.Testing;
using ReportBot.Tests.Support;

namespace ReportBot.Tests.Digest;

/// <summary>/digest on the real host: signed interactions to <c>POST /discord/interactions</c>, the state in its SQLite file.</summary>
public sealed class DigestDiscordCommandTests : IAsyncLifetime
{
    private const string Guild = "290926798626357999";
    private readonly DiscordTestKeys _keys = new();
    private FakeDiscord _discord = null!;
    private TestBotHost _host = null!;
    private int _interactions;

    public async Task InitializeAsync()
    {
        _discord = await FakeDiscord.StartAsync();
        var settings = _discord.Settings(gateway: false);
        settings["Discord:PublicKey"] = _keys.PublicKeyHex;
        _host = await TestBotHost.StartAsync(settings);
    }

    public async Task DisposeAsync()
    {
        await _host.DisposeAsync();
        await _discord.DisposeAsync();
        _keys.Dispose();
    }

    private IDigestStore Store => _host.App.Services.GetRequiredService<IDigestStore>();

    /// <summary>Sends <c>/digest {sub} [time] [timezone]</c> as a guild member with <paramref name="permissions"/>; returns the response's data.</summary>
    private async Task<JsonElement> DigestAsync(string channel, string permissions, string sub, string? time = null, string? zone = null)
    {
        var options = new List<object>();
        if (time is not null) options.Add(new { type = 3, name = "time", value = time });
        if (zone is not null) options.Add(new { type = 3, name = "timezone", value = zone });
        int n = Interlocked.Increment(ref _interactions);
        string body = JsonSerializer.Serialize(new
        {
            type = 2,
            id = "13110000000000" + n,
            application_id = FakeDiscord.ApplicationId,
            token = "interaction-token-" + n,
            version = 1,
            channel_id = channel,
            guild_id = Guild,
            member = new { user = new { id = "53908232506183680", username = "Mason" }, permissions },
            data = new { id = "9", name = "digest", type = 1, options = new object[] { new { type = 1, name = sub, options } } },
        });
        string timestamp = DateTimeOffset.UtcNow.ToUnixTimeSeconds().ToString(System.Globalization.CultureInfo.InvariantCulture);
        using var request = new HttpRequestMessage(HttpMethod.Post, "/discord/interactions") { Content = new StringContent(body, Encoding.UTF8, "application/json") };
        request.Headers.TryAddWithoutValidation("X-Signature-Ed25519", _keys.Sign(timestamp, body));
        request.Headers.TryAddWithoutValidation("X-Signature-Timestamp", timestamp);
        using var response = await _host.Client.SendAsync(request);
        Assert.Equal(System.Net.HttpStatusCode.OK, response.StatusCode);
        var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.Clone();
        Assert.Equal(4, json.GetProperty("type").GetInt32()); // answered inline
        return json.GetProperty("data");
    }

    private static bool Ephemeral(JsonElement data) =>
        data.TryGetProperty("flags", out var flags) && (flags.GetInt32() & 64) != 0;

    private static string Title(JsonElement data) => data.GetProperty("embeds")[0].GetProperty("title").GetString()!;

    /// <summary>The embed's title and description as the user reads them (Markdown escapes removed).</summary>
    private static string Text(JsonElement data)
    {
        var embed = data.GetProperty("embeds")[0];
        string description = embed.TryGetProperty("description", out var d) ? d.GetString() ?? "" : "";
        return (Title(data) + "\n" + description).Replace("\\", "", StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_member_without_manage_channels_cannot_subscribe_or_unsubscribe()
    {
        const string channel = "645027906669510001";
        var refused = await DigestAsync(channel, "0", "subscribe", "09:00", "Asia/Seoul");
        Assert.True(Ephemeral(refused));
        Assert.Equal("Not allowed", Title(refused));
        Assert.Null(Store.Find("discord", channel));

        // Send Messages + Embed Links + … but not Manage Channels (16) or Administrator (8).
        var stillRefused = await DigestAsync(channel, "2147483623", "subscribe");
        Assert.Equal("Not allowed", Title(stillRefused));
        Assert.Null(Store.Find("discord", channel));

        // Anyone may look.
        var status = await DigestAsync(channel, "0", "status");
        Assert.True(Ephemeral(status));
        Assert.Equal("No daily recommendation here", Title(status));

        // Someone who may manage the channel subscribes; a member without the permission cannot stop it.
        Assert.Equal("Subscribed to the daily recommendation", Title(await DigestAsync(channel, "16", "subscribe", "09:00", "Asia/Seoul")));
        var refusedStop = await DigestAsync(channel, "0", "unsubscribe");
        Assert.True(Ephemeral(refusedStop));
        Assert.Equal("Not allowed", Title(refusedStop));
        Assert.NotNull(Store.Find("discord", channel));
    }

    [Theory]
    [InlineData("16")] // Manage Channels
    [InlineData("8")] // Administrator
    [InlineData("24")]
    public async Task Manage_channels_or_administrator_may_subscribe(string permissions)
    {
        string channel = "6450279066695100" + permissions.PadLeft(2, '0');
        var reply = await DigestAsync(channel, permissions, "subscribe", "09:00", "Asia/Seoul");
        Assert.Equal("Subscribed to the daily recommendation", Title(reply));
        Assert.False(Ephemeral(reply)); // the channel sees that it was subscribed
        Assert.Contains("09:00 Asia/Seoul", Text(reply));

        var stored = Store.Find("discord", channel);
        Assert.NotNull(stored);
        Assert.Equal(new DigestTime(new TimeOnly(9, 0), "Asia/Seoul"), stored.Time);
        Assert.True(stored.Active);

        var status = await DigestAsync(channel, "0", "status");
        Assert.Equal("Daily recommendation: on", Title(status));
        Assert.Contains("every day at 09:00 Asia/Seoul", Text(status));

        Assert.Equal("Unsubscribed", Title(await DigestAsync(channel, permissions, "unsubscribe")));
        Assert.Null(Store.Find("discord", channel));
    }

    [Theory]
    [InlineData("25:00", null, "“25:00” isn't a time of day", "HH:MM")]
    [InlineData("25:00", "Asia/Seoul", "“25:00” isn't a time of day", "HH:MM")]
    [InlineData("09:60", "UTC", "“09:60” isn't a time of day", "HH:MM")]
    [InlineData(null, "Mars/Olympus", "“Mars/Olympus” isn't a time zone", "IANA")]
    [InlineData("09:00", "Mars/Olympus", "“Mars/Olympus” isn't a time zone", "IANA")]
    public async Task An_invalid_time_or_zone_gets_a_clear_message_and_nothing_is_stored(string? time, string? zone, string expected, string hint)
    {
        const string channel = "645027906669510777";
        var reply = await DigestAsync(channel, "16", "subscribe", time, zone);
        Assert.True(Ephemeral(reply));
        Assert.Equal("Not subscribed", Title(reply));
        Assert.Contains(expected, Text(reply));
        Assert.Contains(hint, Text(reply));
        Assert.Null(Store.Find("discord", channel));
        Assert.Empty(new DeliveryLog(Path.Combine(_host.DataPath, "reportbot.db")).Subscriptions());
    }

    /// <summary>The time option is named in the interaction; a bad value in it must be called a bad time.</summary>
    [Theory]
    [InlineData("9am")]
    [InlineData("0900")]
    public async Task A_time_option_without_a_colon_is_refused_as_a_time_not_as_a_time_zone(string time)
    {
        const string channel = "645027906669510778";
        var reply = await DigestAsync(channel, "16", "subscribe", time, "Asia/Seoul");
        Assert.Equal("Not subscribed", Title(reply));
        Assert.Null(Store.Find("discord", channel));
        // The named options are flattened into "digest subscribe 9am Asia/Seoul"; the engine must still see the time.
        Assert.Contains($"“{time}” isn't a time of day", Text(reply));
    }
}
