using System.Text.Json.Serialization;

namespace ReportBot.Discord.Schema;

public sealed record EmbedFooter([property: JsonPropertyName("text")] string Text);
