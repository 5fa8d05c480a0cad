using System.Text.Json.Nodes;
using ReportBot.Testing;

namespace ReportBot.Tests.Fuzzing;

/// <summary>
/// Valid Discord interactions of every type the bot answers (ping, slash commands with and without sub-commands,
/// autocomplete, buttons; in a guild and in a DM), as Discord's docs show them: what the fuzzer mutates.
/// </summary>
internal static class InteractionTemplates
{
    public static IReadOnlyList<JsonNode> All() =>
    [
        new JsonObject { ["type"] = 1, ["id"] = "1311", ["application_id"] = FakeDiscord.ApplicationId, ["token"] = "ping-token", ["version"] = 1 },
        Command("ask", new JsonObject { ["type"] = 3, ["name"] = "question", ["value"] = "What does the report recommend on 5G?" }),
        Command("pillar", new JsonObject { ["type"] = 4, ["name"] = "number", ["value"] = 4 }),
        Command("pillars"),
        Command("help"),
        Command("digest", new JsonObject
        {
            ["type"] = 1, ["name"] = "subscribe",
            ["options"] = new JsonArray(
                new JsonObject { ["type"] = 3, ["name"] = "time", ["value"] = "09:00" },
                new JsonObject { ["type"] = 3, ["name"] = "timezone", ["value"] = "Asia/Seoul" }),
        }),
        Autocomplete(),
        Button("pillar:4"),
        Dm(Command("ask", new JsonObject { ["type"] = 3, ["name"] = "question", ["value"] = "Japan" })),
    ];

    private static JsonObject Base(int type) => new()
    {
        ["type"] = type,
        ["id"] = "786008729715212338",
        ["application_id"] = FakeDiscord.ApplicationId,
        ["token"] = "aW50ZXJhY3Rpb246Nzg2MDA4NzI5NzE1MjEyMzM4",
        ["version"] = 1,
        ["guild_id"] = "290926798626357999",
        ["channel_id"] = "645027906669510667",
        ["channel"] = new JsonObject { ["id"] = "645027906669510667", ["type"] = 0, ["name"] = "general" },
        ["member"] = new JsonObject
        {
            ["user"] = new JsonObject { ["id"] = "53908232506183680", ["username"] = "Mason", ["global_name"] = null },
            ["roles"] = new JsonArray("290926798626357250"),
            ["permissions"] = "2147483647",
        },
        ["locale"] = "en-US",
        ["guild_locale"] = "en-US",
        ["app_permissions"] = "2248473465835073",
        ["entitlements"] = new JsonArray(),
        ["context"] = 0,
    };

    private static JsonObject Command(string name, params JsonNode[] options)
    {
        var command = Base(2);
        command["data"] = new JsonObject { ["id"] = "771825006014889984", ["name"] = name, ["type"] = 1, ["options"] = new JsonArray(options) };
        return command;
    }

    private static JsonObject Autocomplete()
    {
        var autocomplete = Base(4);
        autocomplete["data"] = new JsonObject
        {
            ["id"] = "816437322781949972", ["name"] = "digest", ["type"] = 1,
            ["options"] = new JsonArray(new JsonObject
            {
                ["type"] = 1, ["name"] = "subscribe",
                ["options"] = new JsonArray(new JsonObject { ["type"] = 3, ["name"] = "timezone", ["value"] = "Asia/Se", ["focused"] = true }),
            }),
        };
        return autocomplete;
    }

    private static JsonObject Button(string customId)
    {
        var button = Base(3);
        button["data"] = new JsonObject { ["component_type"] = 2, ["custom_id"] = customId };
        button["message"] = new JsonObject { ["id"] = "1190000000000000000", ["channel_id"] = "645027906669510667", ["content"] = "" };
        return button;
    }

    private static JsonObject Dm(JsonObject interaction)
    {
        var user = interaction["member"]!["user"]!.DeepClone();
        interaction.Remove("member");
        interaction.Remove("guild_id");
        interaction["user"] = user;
        interaction["context"] = 1;
        return interaction;
    }
}
