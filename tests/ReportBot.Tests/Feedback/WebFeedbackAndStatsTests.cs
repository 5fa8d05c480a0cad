using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Data.Sqlite;
using ReportBot.State;
using ReportBot.Tests.Support;

namespace ReportBot.Tests.Feedback;

/// <summary>
/// Feedback on the real host through the chat page's API, then the maintainers' view of it: <c>stats</c> on the
/// same state file, and the counters on <c>/metrics</c>.
/// </summary>
[Collection(MetricsCollection.Name)]
public sealed class WebFeedbackAndStatsTests : IAsyncLifetime
{
    private TestBotHost _host = null!;

    public async Task InitializeAsync() => _host = await TestBotHost.StartAsync();

    public async Task DisposeAsync() => await _host.DisposeAsync();

    // The chat page's conversation is its user: one browser, one person.
    private readonly Dictionary<string, WebConversation> _users = [];

    private WebConversation User(string name) => _users.TryGetValue(name, out var chat) ? chat : _users[name] = _host.Client.Conversation();

    private Task<JsonElement> AskAsync(string user, string text) => User(user).SayAsync(text);

    private Task<JsonElement> PressAsync(string user, string action) => User(user).PressAsync(action);

    private static string VoteAction(JsonElement reply, string label) =>
        reply.GetProperty("buttons").EnumerateArray().Single(b => b.GetProperty("label").GetString() == label).GetProperty("action").GetString()!;

    [Fact]
    public async Task Votes_and_abstentions_show_up_in_stats_with_the_nearest_passage_and_no_user_ids_are_stored()
    {
        var answer = await AskAsync("web-user-7f3a", "What does the report say about 5G?");
        Assert.Equal("Answer", answer.GetProperty("kind").GetString());
        await AskAsync("web-user-7f3a", "what does the report say about 5g");
        await AskAsync("web-user-2", "What is the recipe for kimchi?");
        await AskAsync("web-user-3", "What is the recipe for kimchi");
        await AskAsync("web-user-3", "Who won the football World Cup in 2022?");

        var thanks = await PressAsync("web-user-7f3a", VoteAction(answer, "👎"));
        Assert.Equal("Acknowledgement", thanks.GetProperty("kind").GetString());
        await PressAsync("web-user-2", VoteAction(answer, "👎"));
        var expired = await PressAsync("web-user-2", "vote:00000000deadbeef:up");
        Assert.Equal("Problem", expired.GetProperty("kind").GetString());

        _host.FlushStateWrites();
        var run = await CliHarness.RunExactAsync("", ["stats", "--json", "--corpus", Testing.RepositoryPaths.Corpus, "--data", _host.DataPath]);
        Assert.True(run.ExitCode == 0, run.ToString());
        using var stats = JsonDocument.Parse(run.Output);
        var root = stats.RootElement;
        Assert.Equal(5, root.GetProperty("questions").GetInt32());
        int abstained = root.GetProperty("abstained").GetInt32();
        Assert.Equal(3, abstained);
        Assert.Equal((double)abstained / 5, root.GetProperty("abstentionRate").GetDouble(), 3);

        var top = root.GetProperty("top").EnumerateArray().ToList();
        Assert.Equal("what does the report say about 5g", top[0].GetProperty("question").GetString());
        Assert.Equal(2, top[0].GetProperty("times").GetInt32());

        var disliked = Assert.Single(root.GetProperty("mostDisliked").EnumerateArray());
        Assert.Equal(2, disliked.GetProperty("down").GetInt32());
        Assert.Equal(answer.GetProperty("excerpts").EnumerateArray().Select(e => e.GetProperty("passageId").GetString()),
            disliked.GetProperty("passageIds").EnumerateArray().Select(p => p.GetString()));

        var unanswered = root.GetProperty("unanswered").EnumerateArray().ToList();
        var kimchi = unanswered.Single(u => u.GetProperty("question").GetString() == "what is the recipe for kimchi");
        Assert.Equal(2, kimchi.GetProperty("times").GetInt32());
        Assert.True(kimchi.GetProperty("abstained").GetBoolean());
        var fiveG = unanswered.Single(u => u.GetProperty("question").GetString() == "what does the report say about 5g");
        Assert.False(fiveG.GetProperty("abstained").GetBoolean());
        // What "answers it now" is never a passage people just disliked as its answer. Every passage that answers "5G"
        // was shown and disliked, so none is offered (it used to offer the disliked first passage again).
        var shown = answer.GetProperty("excerpts").EnumerateArray().Select(e => e.GetProperty("passageId").GetString()).ToList();
        Assert.Equal(shown.Order(StringComparer.Ordinal), fiveG.GetProperty("dislikedPassages").EnumerateArray().Select(p => p.GetString()));
        Assert.Equal(JsonValueKind.Null, fiveG.GetProperty("nearest").ValueKind);
        // An abstention with words in common with the report lists the passage that came nearest.
        var space = unanswered.Single(u => u.GetProperty("question").GetString() == "who won the football world cup in 2022");
        Assert.True(space.GetProperty("abstained").GetBoolean());
        var nearest = space.GetProperty("nearest");
        Assert.False(nearest.GetProperty("answersNow").GetBoolean());
        Assert.False(string.IsNullOrEmpty(nearest.GetProperty("passageId").GetString()));
        Assert.InRange(nearest.GetProperty("confidence").GetDouble(), 0.01, 0.549);
        // Nothing in the report shares a word with this one.
        Assert.Equal(JsonValueKind.Null, kimchi.GetProperty("nearest").ValueKind);

        // Votes are kept under pseudonyms, never the platform user ids; the answer log has no user column at all.
        using var connection = new SqliteConnection($"Data Source={Path.Combine(_host.DataPath, StateDatabase.FileName)};Mode=ReadOnly");
        connection.Open();
        using var voters = new SqliteCommand("SELECT voter FROM answer_votes", connection);
        using var reader = voters.ExecuteReader();
        var pseudonyms = new List<string>();
        while (reader.Read()) pseudonyms.Add(reader.GetString(0));
        Assert.Equal(2, pseudonyms.Count);
        Assert.All(pseudonyms, p => Assert.Matches("^[0-9a-f]{32}$", p));
        Assert.DoesNotContain(pseudonyms, p => _users.Values.Any(u => p.Contains(u.Id!, StringComparison.Ordinal)));
        using var columns = new SqliteCommand("SELECT group_concat(name) FROM pragma_table_info('answer_log')", connection);
        Assert.Equal("id,platform,question,status,confidence,passage_ids,skip,created_utc", columns.ExecuteScalar());
    }

    [Fact]
    public async Task The_text_report_lists_every_section()
    {
        await AskAsync("u", "North Korea");
        await AskAsync("u", "What is the recipe for kimchi?");
        _host.FlushStateWrites();
        var run = await CliHarness.RunExactAsync("", ["stats", "--days", "7", "--corpus", Testing.RepositoryPaths.Corpus, "--data", _host.DataPath]);
        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Contains("questions: 2   abstained: 1", run.Output, StringComparison.Ordinal);
        Assert.Contains("Top questions", run.Output, StringComparison.Ordinal);
        Assert.Contains("Most-disliked answers", run.Output, StringComparison.Ordinal);
        Assert.Contains("abstained  what is the recipe for kimchi", run.Output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--days", "0")]
    [InlineData("--days", "abc")]
    [InlineData("--top", "1000")]
    public async Task Bad_options_are_refused_with_a_message(string option, string value)
    {
        var run = await CliHarness.RunExactAsync("", ["stats", option, value, "--corpus", Testing.RepositoryPaths.Corpus, "--data", _host.DataPath]);
        Assert.NotEqual(0, run.ExitCode);
        Assert.Contains(option, run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Metrics_count_questions_votes_and_requests_in_prometheus_format()
    {
        var answer = await AskAsync("m1", "North Korea");
        await AskAsync("m1", "What is the recipe for kimchi?");
        await PressAsync("m1", VoteAction(answer, "👍"));

        var response = await _host.Client.GetAsync("/metrics");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.StartsWith("text/plain", response.Content.Headers.ContentType!.MediaType, StringComparison.Ordinal);
        string text = await response.Content.ReadAsStringAsync();
        Assert.Contains("reportbot_questions_total{otel_scope_name=\"ReportBot\",outcome=\"answered\",platform=\"web\"} 1", text, StringComparison.Ordinal);
        Assert.Contains("reportbot_questions_total{otel_scope_name=\"ReportBot\",outcome=\"abstained\",platform=\"web\"} 1", text, StringComparison.Ordinal);
        Assert.Contains("reportbot_feedback_total{otel_scope_name=\"ReportBot\",platform=\"web\",vote=\"up\"} 1", text, StringComparison.Ordinal);
        Assert.Contains("reportbot_answer_duration_seconds_bucket", text, StringComparison.Ordinal);
        Assert.Contains("http_server_request_duration_seconds", text, StringComparison.Ordinal);
        Assert.DoesNotContain("North Korea", text, StringComparison.OrdinalIgnoreCase);
    }
}
