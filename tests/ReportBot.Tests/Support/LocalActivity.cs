using System.Net.Http.Json;
using System.Text.Json.Nodes;

namespace ReportBot.Tests.Support;

/// <summary>Bot Framework activities as an unauthenticated caller sends them to a bot in local mode.</summary>
public static class LocalActivity
{
    public static JsonObject Message(string serviceUrl, string text, string channelId = "msteams", string conversation = "a:local-chat", string id = "act-1") => new()
    {
        ["type"] = "message",
        ["id"] = id,
        ["channelId"] = channelId,
        ["serviceUrl"] = serviceUrl,
        ["from"] = new JsonObject { ["id"] = "29:user", ["name"] = "User" },
        ["recipient"] = new JsonObject { ["id"] = "28:bot", ["name"] = "ReportBot" },
        ["conversation"] = new JsonObject { ["id"] = conversation },
        ["text"] = text,
    };

    public static Task<HttpResponseMessage> PostActivityAsync(this HttpClient client, JsonNode activity) =>
        client.PostAsync("/api/messages", JsonContent.Create(activity));
}
