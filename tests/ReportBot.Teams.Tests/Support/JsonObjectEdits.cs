using System.Text.Json.Nodes;

namespace ReportBot.Teams.Tests.Support;

/// <summary>Fluent edits of a token payload, so a test row reads as "the usual payload, but with this claim changed".</summary>
internal static class JsonObjectEdits
{
    public static JsonObject With(this JsonObject payload, string name, JsonNode? value)
    {
        payload[name] = value;
        return payload;
    }

    public static JsonObject Without(this JsonObject payload, string name)
    {
        payload.Remove(name);
        return payload;
    }
}
