using System.Net;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.Data.Sqlite;
using ReportBot.Tests.Support;
using ReportBot.Testing;

namespace ReportBot.Tests.Hosting;

/// <summary>The Bot Framework endpoint in local mode (no app id): loopback only, replies through a fake connector.</summary>
public sealed class BotFrameworkEndpointTests : HostWithConnector
{
    private JsonObject Message(string text, string conversation = "19:abc@thread.tacv2;messageid=42", string id = "act-1") => new()
    {
        ["type"] = "message",
        ["id"] = id,
        ["channelId"] = "msteams",
        ["serviceUrl"] = Connector.ServiceUrl,
        ["from"] = new JsonObject { ["id"] = "29:user", ["name"] = "User" },
        ["recipient"] = new JsonObject { ["id"] = "28:bot", ["name"] = "ReportBot" },
        ["conversation"] = new JsonObject { ["id"] = conversation, ["conversationType"] = "channel", ["tenantId"] = "tenant-1" },
        ["text"] = text,
        ["locale"] = "en-US",
    };

    private Task<HttpResponseMessage> PostAsync(JsonNode activity) => PostRawAsync(activity.ToJsonString());

    /// <summary>
    /// Asks a question in a conversation of its own and waits until the sender has posted its answer. Replies leave
    /// the queue in order, so by then any reply queued before it has been taken up by the sender too.
    /// </summary>
    private async Task<ReceivedActivity> AnsweredMarkerAsync()
    {
        Assert.Equal(HttpStatusCode.OK, (await PostAsync(Message("pillar 4", conversation: "a:marker", id: "marker"))).StatusCode);
        await Replies.SentAsync("a:marker");
        return Assert.Single(Connector.Received, r => r.ConversationId == "a:marker");
    }

    // The endpoint answers a request it refuses (400, 413, 415) before the activity reaches the processor, which is
    // the only part that queues replies: once the refusal is here, nothing can still be on its way to the connector.

    private Task<HttpResponseMessage> PostRawAsync(string body) =>
        Host.Client.PostAsync("/api/messages", new StringContent(body, Encoding.UTF8, "application/json"));

    [Fact]
    public async Task A_question_is_acknowledged_and_answered_in_the_same_conversation_as_a_reply()
    {
        var response = await PostAsync(Message("What does the report recommend on 5G?"));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);

        var reply = Assert.Single(await Connector.WaitForAsync(1));
        Assert.Equal("19:abc@thread.tacv2;messageid=42", reply.ConversationId);
        Assert.Equal("act-1", reply.ReplyToId);
        Assert.Contains("deployment, smart cities", reply.Visible);
        Assert.Contains("Pillar 1: Advance cooperation", reply.Visible);
        Assert.Contains("application/vnd.microsoft.card.adaptive", reply.Card);
        Assert.Equal("28:bot", reply.Activity.GetProperty("from").GetProperty("id").GetString());
        Assert.Equal("29:user", reply.Activity.GetProperty("recipient").GetProperty("id").GetString());
        Assert.Equal("", reply.Authorization); // local mode sends no token
    }

    [Fact]
    public async Task The_bots_mention_is_removed_before_answering()
    {
        var activity = Message("<at>ReportBot</at> pillar 4");
        activity["entities"] = new JsonArray(new JsonObject
        {
            ["type"] = "mention", ["text"] = "<at>ReportBot</at>", ["mentioned"] = new JsonObject { ["id"] = "28:bot", ["name"] = "ReportBot" },
        });
        await PostAsync(activity);
        Assert.Contains("Pillar 4: Galvanize", Assert.Single(await Connector.WaitForAsync(1)).Visible);
    }

    [Fact]
    public async Task A_card_button_press_reaches_the_pillar_action()
    {
        var activity = Message("");
        activity["value"] = new JsonObject { ["reportbot"] = "pillar:6" };
        await PostAsync(activity);
        Assert.Contains("Pillar 6: Realign approaches", Assert.Single(await Connector.WaitForAsync(1)).Visible);
    }

    [Fact]
    public async Task Adding_the_bot_to_a_conversation_gets_a_welcome()
    {
        var update = Message("");
        update["type"] = "conversationUpdate";
        update["membersAdded"] = new JsonArray(new JsonObject { ["id"] = "28:bot" });
        Assert.Equal(HttpStatusCode.OK, (await PostAsync(update)).StatusCode);
        Assert.Contains("Hi! I'm ReportBot", Assert.Single(await Connector.WaitForAsync(1)).Visible);
    }

    [Theory]
    [InlineData("typing")]
    [InlineData("messageReaction")]
    [InlineData("somethingNew")]
    public async Task Unknown_activity_types_are_acknowledged_and_ignored(string type)
    {
        var activity = Message("hello");
        activity["type"] = type;
        Assert.Equal(HttpStatusCode.OK, (await PostAsync(activity)).StatusCode);
        var marker = await AnsweredMarkerAsync();
        Assert.Same(marker, Assert.Single(Connector.Received));
    }

    [Fact]
    public async Task Every_conversation_seen_is_stored_with_its_reference()
    {
        await PostAsync(Message("help", conversation: "a:personal-chat"));
        await Connector.WaitForAsync(1);
        Host.FlushStateWrites();
        using var connection = new SqliteConnection($"Data Source={Path.Combine(Host.DataPath, "reportbot.db")}");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT reference FROM conversations WHERE platform = 'msteams' AND conversation_id = 'a:personal-chat'";
        var reference = JsonDocument.Parse((string)command.ExecuteScalar()!).RootElement;
        Assert.Equal(Connector.ServiceUrl.TrimEnd('/'), reference.GetProperty("serviceUrl").GetString());
        Assert.Equal("tenant-1", reference.GetProperty("tenantId").GetString());
        Assert.Equal("28:bot", reference.GetProperty("bot").GetProperty("id").GetString());
    }

    [Fact]
    public async Task A_429_from_theConnector_is_retried_after_the_delay_it_asks_for()
    {
        Connector.FailNext(429, TimeSpan.FromSeconds(1));
        await PostAsync(Message("Japan"));
        var reply = Assert.Single(await Connector.WaitForAsync(1));
        Assert.Contains("Japan", reply.Visible);
        var attempts = Connector.Requests.ToArray();
        Assert.Equal(2, attempts.Length);
        Assert.True(attempts[1].At - attempts[0].At >= TimeSpan.FromMilliseconds(900), $"retried after {attempts[1].At - attempts[0].At}");
    }

    [Theory]
    [InlineData("{not json")]
    [InlineData("[1,2,3]")]
    [InlineData("\"text\"")]
    [InlineData("{\"type\":\"message\",\"text\":\"no conversation\",\"serviceUrl\":\"http://127.0.0.1:1/\"}")]
    [InlineData("{\"type\":\"message\",\"conversation\":{\"id\":\"c\"},\"text\":\"no service url\"}")]
    [InlineData("{\"conversation\":{\"id\":\"c\"},\"serviceUrl\":\"http://127.0.0.1:1/\"}")]
    [InlineData("{\"type\":5,\"conversation\":\"wrong types\"}")]
    public async Task Malformed_activities_are_400_and_nothing_is_sent(string body)
    {
        Assert.Equal(HttpStatusCode.BadRequest, (await PostRawAsync(body)).StatusCode);
        Assert.Empty(Connector.Requests);
    }

    [Fact]
    public async Task A_non_json_content_type_is_415_so_web_pages_cannot_drive_local_mode()
    {
        var response = await Host.Client.PostAsync("/api/messages", new StringContent(Message("5G").ToJsonString(), Encoding.UTF8, "text/plain"));
        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
        Assert.Empty(Connector.Requests);
    }

    [Fact]
    public async Task A_connector_that_keeps_failing_never_stops_the_bot()
    {
        // Enough failures to open the circuit breaker for this connector.
        for (int i = 0; i < 60; i++) Connector.FailNext(500);
        for (int i = 0; i < 15; i++) Assert.Equal(HttpStatusCode.OK, (await PostAsync(Message("5G", id: "f" + i))).StatusCode);
        // Every one of the 15 replies failed to the end (retried 500s, then the open circuit) before the bot is asked again.
        await Replies.DoneAsync(15);
        Assert.Empty(Connector.Received);

        Assert.Equal(HttpStatusCode.OK, (await Host.Client.GetAsync("/healthz")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await PostAsync(Message("Japan", id: "after"))).StatusCode);
    }

    [Fact]
    public async Task A_one_megabyte_body_is_413_and_nothing_is_sent()
    {
        var activity = Message(new string('x', 1024 * 1024));
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, (await PostAsync(activity)).StatusCode);
        Assert.Empty(Connector.Requests);
    }

    [Fact]
    public async Task Local_mode_never_replies_to_a_service_url_off_this_machine()
    {
        var activity = Message("5G");
        activity["serviceUrl"] = "https://smba.trafficmanager.net/amer/";
        Assert.Equal(HttpStatusCode.Unauthorized, (await PostAsync(activity)).StatusCode);
    }

    [Fact]
    public async Task A_token_is_validated_even_in_local_mode()
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/messages")
        {
            Content = new StringContent(Message("5G").ToJsonString(), Encoding.UTF8, "application/json"),
        };
        request.Headers.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", "forged.token.value");
        Assert.Equal(HttpStatusCode.Unauthorized, (await Host.Client.SendAsync(request)).StatusCode);
    }
}
