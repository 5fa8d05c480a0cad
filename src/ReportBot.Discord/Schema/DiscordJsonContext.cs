using System.Text.Json.Serialization;

namespace ReportBot.Discord.Schema;

/// <summary>Every Discord wire type, serialised by source generation; nulls are left out of what the bot sends.</summary>
[JsonSourceGenerationOptions(DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull, UseStringEnumConverter = false)]
[JsonSerializable(typeof(Interaction))]
[JsonSerializable(typeof(InteractionResponse))]
[JsonSerializable(typeof(MessageParams))]
[JsonSerializable(typeof(DiscordMessage))]
[JsonSerializable(typeof(ApplicationCommand))]
[JsonSerializable(typeof(IReadOnlyList<ApplicationCommand>))]
[JsonSerializable(typeof(List<ApplicationCommand>))]
[JsonSerializable(typeof(GatewayBotInfo))]
[JsonSerializable(typeof(GatewayPayload))]
[JsonSerializable(typeof(ReadyEvent))]
[JsonSerializable(typeof(RateLimitResponse))]
[JsonSerializable(typeof(System.Text.Json.JsonElement))]
[JsonSerializable(typeof(string))]
public sealed partial class DiscordJsonContext : JsonSerializerContext;
