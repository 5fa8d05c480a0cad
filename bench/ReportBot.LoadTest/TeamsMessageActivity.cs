using System.Text.Json.Nodes;

namespace ReportBot.LoadTest;

/// <summary>
/// Teams-shaped activities for <c>/api/messages</c> (local mode): questions and commands in turn from 50
/// conversations, each with <c>serviceUrl</c> pointing at the fake Bot Connector that receives the replies.
/// </summary>
public sealed class TeamsMessageActivity(string serviceUrl, string type = "message")
{
    private static readonly string[] Texts =
    [
        "What does the report recommend on 5G?", "How should the allies approach North Korea?", "pillar 4", "Japan tensions",
        "What is the Korea-US free trade agreement?", "public health cooperation", "What is the recipe for kimchi?", "help",
    ];

    /// <summary>Whether the bot replies to these activities (a <c>typing</c> activity is acknowledged only).</summary>
    public bool ExpectsReply => type == "message";

    public string Json(int n) => new JsonObject
    {
        ["type"] = type, ["id"] = "load-" + n, ["channelId"] = "msteams", ["serviceUrl"] = serviceUrl,
        ["from"] = new JsonObject { ["id"] = "29:user-" + (n % 50) }, ["recipient"] = new JsonObject { ["id"] = "28:bot" },
        ["conversation"] = new JsonObject { ["id"] = "a:conversation-" + (n % 50) }, ["text"] = Texts[n % Texts.Length],
    }.ToJsonString();
}
