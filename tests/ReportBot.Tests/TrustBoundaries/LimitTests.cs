using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Data.Sqlite;
using ReportBot.Tests.Support;

namespace ReportBot.Tests.TrustBoundaries;

/// <summary>
/// Finding 5: limits on every path that does work. "More results", pillar pages, votes and digest commands are
/// counted like questions; the chat page's conversation ids are issued by the server, so a client cannot become a
/// new user (or voter, or subscriber) by inventing one, and new conversations are limited per client address.
/// </summary>
public sealed class LimitTests : IAsyncLifetime
{
    private TestBotHost _host = null!;

    public async Task InitializeAsync() => _host = await TestBotHost.StartAsync();

    public async Task DisposeAsync() => await _host.DisposeAsync();

    private static string Button(JsonElement reply, string label) =>
        reply.GetProperty("buttons").EnumerateArray().First(b => b.GetProperty("label").GetString()!.StartsWith(label, StringComparison.Ordinal))
            .GetProperty("action").GetString()!;

    private static string Title(JsonElement reply) => reply.GetProperty("title").GetString()!;

    [Fact]
    public async Task More_results_counts_against_the_question_limit()
    {
        var chat = _host.Client.Conversation();
        var first = await chat.SayAsync("North Korea");
        string more = Button(first, "More results");
        var titles = new List<string>();
        for (int i = 0; i < 40; i++) titles.Add(Title(await chat.PressAsync(more)));
        Assert.Equal(9, titles.Count(t => t.StartsWith("More from the report", StringComparison.Ordinal))); // 10 per minute, one asked
        Assert.Equal(31, titles.Count(t => t == "Slow down a little"));
    }

    [Fact]
    public async Task Pillar_pages_are_limited_too()
    {
        var chat = _host.Client.Conversation();
        var titles = new List<string>();
        for (int i = 0; i < 40; i++) titles.Add(Title(await chat.PressAsync("pillar:" + (i % 6 + 1))));
        Assert.Equal(30, titles.Count(t => t.StartsWith("Pillar ", StringComparison.Ordinal)));
        Assert.Equal(10, titles.Count(t => t == "Slow down a little"));
    }

    [Fact]
    public async Task A_conversation_id_the_server_did_not_issue_is_refused()
    {
        var chat = _host.Client.Conversation();
        await chat.SayAsync("help");
        string issued = chat.Id!;
        foreach (string forged in new[] { "attacker-chosen", issued[..^1] + (issued[^1] == '0' ? '1' : '0'), issued + "\n", issued.ToUpperInvariant(), "" })
        {
            using var response = await _host.Client.PostAsJsonAsync("/api/chat", new { conversationId = forged, text = "North Korea" });
            Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        }
        Assert.Equal(HttpStatusCode.Forbidden, (await _host.Client.GetAsync("/api/chat/attacker-chosen/messages")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await _host.Client.GetAsync($"/api/chat/{issued}/messages")).StatusCode);
    }

    [Fact]
    public async Task New_conversations_from_one_address_are_limited_so_rotating_them_gains_nothing()
    {
        var answers = 0;
        var statuses = new List<HttpStatusCode>();
        var subscribed = 0;
        JsonElement? answer = null;
        for (int i = 0; i < 40; i++)
        {
            var chat = _host.Client.Conversation();
            using var response = await chat.PostAsync(new Dictionary<string, object?> { ["text"] = "North Korea" });
            statuses.Add(response.StatusCode);
            if (response.StatusCode != HttpStatusCode.OK) continue;
            var reply = await response.Content.ReadFromJsonAsync<JsonElement>();
            if (reply.GetProperty("kind").GetString() == "Answer") { answers++; answer ??= reply; }
            if (Title(await chat.SayAsync("digest subscribe 09:00 UTC")).StartsWith("Subscribed", StringComparison.Ordinal)) subscribed++;
            await chat.PressAsync(Button(answer!.Value, "👎"));
        }

        Assert.Equal(10, statuses.Count(s => s == HttpStatusCode.OK));
        Assert.Equal(30, statuses.Count(s => s == HttpStatusCode.TooManyRequests));
        Assert.Equal(10, answers);
        Assert.Equal(10, subscribed);
        _host.FlushStateWrites();
        using var connection = new SqliteConnection($"Data Source={Path.Combine(_host.DataPath, "reportbot.db")};Mode=ReadOnly");
        connection.Open();
        using var votes = new SqliteCommand("SELECT count(*) FROM answer_votes", connection);
        Assert.Equal(10L, (long)votes.ExecuteScalar()!);
    }

    [Fact]
    public async Task Questions_from_one_address_are_limited_across_its_conversations()
    {
        var kinds = new List<string?>();
        for (int c = 0; c < 10; c++)
        {
            var chat = _host.Client.Conversation();
            for (int q = 0; q < 5; q++) kinds.Add(await chat.KindAsync("North Korea"));
        }
        Assert.Equal(30, kinds.Count(k => k == "Answer"));
        Assert.Equal(20, kinds.Count(k => k == "Problem"));
    }
}
