using System.Net;
using System.Text.Json;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using ReportBot.State;
using ReportBot.Testing;
using ReportBot.Tests.Support;

namespace ReportBot.Tests.TrustBoundaries;

/// <summary>
/// Finding 6: answering never depends on a state write. With every write to the SQLite file refused (connections
/// opened read-only, which fails writes as a full disk does), questions, commands and buttons on every door still
/// get their answers, <c>/readyz</c> says Degraded and why, and the bot recovers by itself once writes succeed.
/// </summary>
public sealed class StateWriteFailureTests : IAsyncLifetime
{
    private AllDoorsHost _doors = null!;

    public async Task InitializeAsync() =>
        // Enough room to ask hundreds of questions: the limits are not what this test is about.
        _doors = await AllDoorsHost.StartAsync(new[] { "QuestionsPerUser", "QuestionsPerChannel", "QuestionsPerClientAddress", "ActionsPerUser", "ActionsPerClientAddress", "NewChatsPerClientAddress" }
            .ToDictionary(key => "RateLimits:" + key, _ => (string?)"10000"));

    public async Task DisposeAsync() => await _doors.DisposeAsync();

    private TestBotHost Host => _doors.Host;
    private FakeBotConnector Connector => _doors.Connector;
    private DiscordTestKeys Keys => _doors.Keys;

    private StateDatabase Database => Host.App.Services.GetRequiredService<StateDatabase>();

    private async Task<string> ReadinessAsync()
    {
        using var response = await Host.Client.GetAsync("/readyz");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadAsStringAsync();
    }

    private async Task<string> WaitForReadinessAsync(Func<string, bool> condition)
    {
        string readiness = "";
        for (var deadline = DateTime.UtcNow.AddSeconds(60); DateTime.UtcNow < deadline; await Task.Delay(50))
            if (condition(readiness = await ReadinessAsync())) return readiness;
        Assert.Fail($"/readyz never got there; last: {readiness}");
        return readiness;
    }

    private long Rows(string sql)
    {
        using var connection = new SqliteConnection($"Data Source={Database.Path};Mode=ReadOnly;Pooling=False");
        connection.Open();
        using var command = new SqliteCommand(sql, connection);
        return (long)command.ExecuteScalar()!;
    }

    [Fact]
    public async Task Every_door_answers_while_the_file_refuses_writes_and_readiness_recovers_by_itself()
    {
        Database.RefuseWrites = true;

        // 600 chat-page questions in 20 new conversations (each conversation's address is a write).
        var kinds = new List<string?>();
        WebConversation? first = null;
        for (int c = 0; c < 20; c++)
        {
            var chat = Host.Client.Conversation();
            first ??= chat;
            for (int q = 0; q < 30; q++) kinds.Add(await chat.KindAsync(q % 2 == 0 ? "North Korea" : "What does the report say about 5G?"));
        }
        Assert.Equal(600, kinds.Count(k => k == "Answer"));

        // Buttons: More results (its question is remembered in memory), a pillar, and a vote, which needs the file.
        var answer = await first!.SayAsync("Japan");
        string more = answer.GetProperty("buttons").EnumerateArray().First(b => b.GetProperty("label").GetString() == "More results").GetProperty("action").GetString()!;
        Assert.StartsWith("More from the report", (await first.PressAsync(more)).GetProperty("title").GetString(), StringComparison.Ordinal);
        Assert.StartsWith("Pillar 3", (await first.PressAsync("pillar:3")).GetProperty("title").GetString(), StringComparison.Ordinal);
        string down = answer.GetProperty("buttons").EnumerateArray().First(b => b.GetProperty("label").GetString() == "👎").GetProperty("action").GetString()!;
        var vote = await first.PressAsync(down);
        Assert.Equal("Not saved", vote.GetProperty("title").GetString());
        Assert.Equal("Not saved", (await first.SayAsync("digest subscribe 09:00 UTC")).GetProperty("title").GetString());

        // Teams (local mode) and Discord.
        Assert.Equal(HttpStatusCode.OK, (await Host.Client.PostActivityAsync(LocalActivity.Message(Connector.ServiceUrl, "help", conversation: "a:full-disk"))).StatusCode);
        Assert.Contains("How to use ReportBot", Assert.Single(await Connector.WaitForAsync(1)).Visible);
        var help = await Host.Client.AnswerAsync(Keys, SignedInteraction.Command("1400000000000000001", "help"));
        Assert.Contains("How to use ReportBot", help.GetRawText());

        string degraded = await WaitForReadinessAsync(r => r.StartsWith("Degraded", StringComparison.Ordinal));
        Assert.Contains("state-writes: Degraded — the state file refuses writes since", degraded);
        Assert.Contains("readonly", degraded);
        Assert.Equal(0, Rows("SELECT count(*) FROM conversations"));

        Database.RefuseWrites = false;
        Assert.Equal("Healthy", await WaitForReadinessAsync(r => r == "Healthy"));
        Assert.Equal(22, Rows("SELECT count(*) FROM conversations")); // 20 pages, Teams and Discord
        Assert.True(Rows("SELECT count(*) FROM answer_log") >= 600);
        // The vote that could not be saved was not: voting now is a first vote.
        Assert.Equal("Thanks for the feedback", (await first.PressAsync(down)).GetProperty("title").GetString());
    }
}
