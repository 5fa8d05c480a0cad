using System.Text.Json.Serialization;

namespace ReportBot.Teams.Schema;

/// <summary>Every wire type of the adapter, serialised by source generation.</summary>
[JsonSourceGenerationOptions(DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull, PropertyNameCaseInsensitive = false)]
[JsonSerializable(typeof(Activity))]
[JsonSerializable(typeof(ResourceResponse))]
[JsonSerializable(typeof(ConversationReference))]
public sealed partial class TeamsJsonContext : JsonSerializerContext;
