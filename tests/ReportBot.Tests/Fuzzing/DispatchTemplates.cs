using System.Text.Json.Nodes;
using ReportBot.Testing;

namespace ReportBot.Tests.Fuzzing;

/// <summary>
/// Whole gateway frames (<c>{op, s, t, d}</c>) of the dispatches the bot handles or ignores, as Discord sends them:
/// what the fuzzer mutates, envelope included.
/// </summary>
internal static class DispatchTemplates
{
    public static IReadOnlyList<JsonNode> All(string botId)
    {
        var interaction = FakeDiscordGatewayPayloads.InteractionCreate("ask", "question", "What does the report say about Japan?", FakeDiscord.ApplicationId);
        var ready = new JsonObject
        {
            ["v"] = 10,
            ["user"] = new JsonObject { ["id"] = botId, ["username"] = "ReportBot", ["bot"] = true },
            ["session_id"] = "fake-session-001",
            ["resume_gateway_url"] = "ws://127.0.0.1:1/gateway-resume",
            ["guilds"] = new JsonArray(),
            ["application"] = new JsonObject { ["id"] = FakeDiscord.ApplicationId, ["flags"] = 0 },
        };
        return
        [
            Frame("MESSAGE_CREATE", FakeDiscordGatewayPayloads.MessageCreate($"<@{botId}> What does the report recommend on 5G?", mentionUserId: botId)),
            Frame("MESSAGE_CREATE", FakeDiscordGatewayPayloads.MessageCreate($"<@!{botId}> pillar 4", mentionUserId: botId)),
            Frame("MESSAGE_CREATE", FakeDiscordGatewayPayloads.MessageCreate("digest status", guildId: null, channelId: "1184517701562413200")),
            Frame("MESSAGE_CREATE", FakeDiscordGatewayPayloads.MessageCreate("just chatting")),
            Frame("INTERACTION_CREATE", interaction),
            Frame("READY", ready),
            Frame("GUILD_CREATE", FakeDiscordGatewayPayloads.GuildCreate()),
            Frame("TYPING_START", new JsonObject { ["channel_id"] = FakeDiscordGatewayPayloads.ChannelId, ["user_id"] = FakeDiscordGatewayPayloads.UserId, ["timestamp"] = 1763630102 }),
        ];
    }

    private static JsonObject Frame(string eventName, JsonNode data) => new() { ["op"] = 0, ["s"] = 42, ["t"] = eventName, ["d"] = data };
}
