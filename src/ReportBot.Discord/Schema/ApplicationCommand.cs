using System.Text.Json.Serialization;

namespace ReportBot.Discord.Schema;

/// <summary>A slash command definition, as registered with a bulk overwrite.</summary>
public sealed record ApplicationCommand
{
    [JsonPropertyName("id")] public string? Id { get; init; }
    [JsonPropertyName("type")] public int Type { get; init; } = 1;
    [JsonPropertyName("name")] public string Name { get; init; } = "";
    [JsonPropertyName("description")] public string Description { get; init; } = "";
    [JsonPropertyName("options")] public IReadOnlyList<ApplicationCommandOption>? Options { get; init; }

    /// <summary>Permission bits (decimal string) a member needs by default; null means everyone.</summary>
    [JsonPropertyName("default_member_permissions")] public string? DefaultMemberPermissions { get; init; }

    /// <summary>Where the command can be used: 0 guild, 1 bot DM, 2 private channel.</summary>
    [JsonPropertyName("contexts")] public IReadOnlyList<int>? Contexts { get; init; }
}
