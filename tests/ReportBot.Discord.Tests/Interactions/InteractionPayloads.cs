using System.Text.Json;
using ReportBot.Discord.Schema;

namespace ReportBot.Discord.Tests.Interactions;

/// <summary>Interactions shaped like the examples in Discord's documentation.</summary>
public static class InteractionPayloads
{
    public static Interaction Parse(string json) => JsonSerializer.Deserialize(json, DiscordJsonContext.Default.Interaction)!;

    public static string Command(string name, string optionsJson = "[]", string id = "786008729715212338") => $$$"""
        {"type":2,"token":"A_UNIQUE_TOKEN","id":"{{{id}}}","application_id":"775799577604522054","guild_id":"290926798626357999",
         "channel_id":"645027906669510667","version":1,"locale":"en-US",
         "member":{"user":{"id":"53908232506183680","username":"Mason"},"roles":[],"permissions":"2147483647"},
         "data":{"type":1,"name":"{{{name}}}","id":"771825006014889984","options":{{{optionsJson}}} } }
        """;

    public static string Component(string customId) => $$$"""
        {"type":3,"token":"A_UNIQUE_TOKEN","id":"786008729715212339","application_id":"775799577604522054",
         "channel_id":"645027906669510667","version":1,"user":{"id":"53908232506183680","username":"Mason"},
         "message":{"id":"1","channel_id":"645027906669510667","content":""},
         "data":{"component_type":2,"custom_id":"{{{customId}}}" } }
        """;

    public static string Autocomplete(string typedJson) => $$$"""
        {"type":4,"token":"A_UNIQUE_TOKEN","id":"786008729715212340","application_id":"775799577604522054","version":1,
         "channel_id":"645027906669510667","member":{"user":{"id":"53908232506183680"}},
         "data":{"id":"816437322781949972","name":"pillar","type":1,"options":[{"type":4,"name":"number","value":{{{typedJson}}},"focused":true}]}}
        """;
}
