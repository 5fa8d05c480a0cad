using System.Text.Json.Serialization;

namespace ReportBot.Teams.Schema;

/// <summary>What the connector answers to a sent activity.</summary>
public sealed record ResourceResponse
{
    [JsonPropertyName("id")] public string? Id { get; init; }
}
