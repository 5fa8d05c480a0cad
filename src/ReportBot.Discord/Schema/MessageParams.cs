using System.Text.Json.Serialization;

namespace ReportBot.Discord.Schema;

/// <summary>
/// The body of everything the bot posts: a channel message, an interaction response's data, an edit of the
/// original response. Always carries <c>allowed_mentions</c> so nothing the bot sends pings anyone.
/// </summary>
public sealed record MessageParams
{
    public const int EphemeralFlag = 1 << 6;

    [JsonPropertyName("content")] public string? Content { get; init; }
    [JsonPropertyName("embeds")] public IReadOnlyList<Embed>? Embeds { get; init; }
    [JsonPropertyName("components")] public IReadOnlyList<Component>? Components { get; init; }
    [JsonPropertyName("allowed_mentions")] public AllowedMentions AllowedMentions { get; init; } = AllowedMentions.None;
    [JsonPropertyName("message_reference")] public MessageReference? MessageReference { get; init; }
    [JsonPropertyName("flags")] public int? Flags { get; init; }

    /// <summary>Makes a resend recognisable: with <see cref="EnforceNonce"/>, Discord refuses to post the same nonce twice.</summary>
    [JsonPropertyName("nonce")] public string? Nonce { get; init; }
    [JsonPropertyName("enforce_nonce")] public bool? EnforceNonce { get; init; }
}
