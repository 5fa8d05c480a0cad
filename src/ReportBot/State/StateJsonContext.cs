using System.Text.Json.Serialization;

namespace ReportBot.State;

/// <summary>JSON kept in state columns (lists of passage ids), serialised without reflection.</summary>
[JsonSerializable(typeof(IReadOnlyList<string>))]
internal sealed partial class StateJsonContext : JsonSerializerContext;
