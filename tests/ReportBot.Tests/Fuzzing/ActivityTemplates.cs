using System.Text.Json.Nodes;

namespace ReportBot.Tests.Fuzzing;

/// <summary>Valid Bot Framework activities of every kind the bot handles or ignores, shaped like Teams' own: what the fuzzer mutates.</summary>
internal static class ActivityTemplates
{
    public const string BotId = "28:0f3c6e1a-2b4d-4e5f-8a9b-1c2d3e4f5a6b";

    public static IReadOnlyList<JsonNode> All(string serviceUrl) =>
    [
        Message(serviceUrl, "<at>ReportBot</at> What does the report recommend on 5G?", mention: true),
        Message(serviceUrl, "pillar 4"),
        Message(serviceUrl, "digest subscribe 09:00 Asia/Seoul"),
        WithValue(Message(serviceUrl, "help"), new JsonObject { ["reportbot"] = "pillar:2" }),
        Invoke(serviceUrl),
        MembersAdded(serviceUrl),
        Base(serviceUrl, "messageReaction"),
        Base(serviceUrl, "installationUpdate"),
    ];

    private static JsonObject Base(string serviceUrl, string type) => new()
    {
        ["type"] = type,
        ["id"] = "1763630102123",
        ["timestamp"] = "2026-11-20T09:15:02.1234567Z",
        ["localTimestamp"] = "2026-11-20T18:15:02.1234567+09:00",
        ["channelId"] = "msteams",
        ["serviceUrl"] = serviceUrl,
        ["from"] = new JsonObject { ["id"] = "29:1aBcDeFgHiJkLmNoPqRsTuVwXyZ", ["name"] = "Min-jun Park", ["aadObjectId"] = "6a6b8f4e-3d2b-4c1a-9e8f-7d6c5b4a3f21" },
        ["conversation"] = new JsonObject
        {
            ["isGroup"] = true, ["conversationType"] = "channel", ["tenantId"] = "72f988bf-86f1-41af-91ab-2d7cd011db47",
            ["id"] = "19:3f1c2d9e8b7a4c6d@thread.tacv2;messageid=1763630102123",
        },
        ["recipient"] = new JsonObject { ["id"] = BotId, ["name"] = "ReportBot" },
        ["channelData"] = new JsonObject
        {
            ["channel"] = new JsonObject { ["id"] = "19:3f1c2d9e8b7a4c6d@thread.tacv2" },
            ["team"] = new JsonObject { ["id"] = "19:aa11bb22cc33dd44@thread.tacv2" },
            ["tenant"] = new JsonObject { ["id"] = "72f988bf-86f1-41af-91ab-2d7cd011db47" },
        },
        ["locale"] = "en-US",
    };

    private static JsonObject Message(string serviceUrl, string text, bool mention = false)
    {
        var message = Base(serviceUrl, "message");
        message["text"] = text;
        message["textFormat"] = "plain";
        var entities = new JsonArray(new JsonObject { ["type"] = "clientInfo", ["locale"] = "en-US", ["timezone"] = "Asia/Seoul" });
        if (mention)
            entities.Add(new JsonObject { ["type"] = "mention", ["text"] = "<at>ReportBot</at>", ["mentioned"] = new JsonObject { ["id"] = BotId, ["name"] = "ReportBot" } });
        message["entities"] = entities;
        message["attachments"] = new JsonArray(new JsonObject { ["contentType"] = "text/html", ["content"] = "<p>5G</p>" });
        return message;
    }

    private static JsonObject WithValue(JsonObject message, JsonObject value)
    {
        message["value"] = value;
        return message;
    }

    private static JsonObject Invoke(string serviceUrl)
    {
        var invoke = Base(serviceUrl, "invoke");
        invoke["name"] = "adaptiveCard/action";
        invoke["value"] = new JsonObject
        {
            ["action"] = new JsonObject { ["type"] = "Action.Execute", ["verb"] = "reportbot", ["data"] = new JsonObject { ["reportbot"] = "more:abc123:3" } },
            ["trigger"] = "manual",
        };
        return invoke;
    }

    private static JsonObject MembersAdded(string serviceUrl)
    {
        var update = Base(serviceUrl, "conversationUpdate");
        update["membersAdded"] = new JsonArray(new JsonObject { ["id"] = BotId }, new JsonObject { ["id"] = "29:someone", ["name"] = "Someone" });
        update["channelData"]!["eventType"] = "teamMemberAdded";
        return update;
    }
}
