using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace ReportBot.Testing;

/// <summary>
/// The bulk overwrite of global or guild commands: validates names, descriptions, option counts and order the way
/// Discord does, then echoes the set with ids (an id stays the same for the same name and type, as on Discord).
/// </summary>
internal static partial class FakeDiscordRestCommands
{
    private const int MaxOptions = 25;
    private const int MaxChoices = 25;

    public static FakeDiscordRestResult Overwrite(
        FakeDiscordRestState state, string applicationId, string? guildId, JsonElement? body, DateTimeOffset now)
    {
        if (body is not { ValueKind: JsonValueKind.Array } commands)
            return FakeDiscordRestResult.InvalidForm("_root", "BASE_TYPE_ARRAY", "Must be an array.");
        var seen = new HashSet<(string, int)>();
        var counts = new Dictionary<int, int>();
        int index = 0;
        foreach (var command in commands.EnumerateArray())
        {
            if (ValidateCommand(command, index) is { } invalid) return invalid;
            int type = TypeOf(command);
            if (!seen.Add((command.GetProperty("name").GetString()!, type)))
                return FakeDiscordRestResult.InvalidForm($"{index}.name", "APPLICATION_COMMANDS_DUPLICATE_NAME", "Application command names must be unique");
            counts[type] = counts.GetValueOrDefault(type) + 1;
            index++;
        }
        if (counts.GetValueOrDefault(1) > 100 || counts.GetValueOrDefault(2) > 15 || counts.GetValueOrDefault(3) > 15)
            return FakeDiscordRestResult.Error(400, 30032, "Maximum number of application commands reached");

        string scope = FakeDiscordRestState.CommandScope(guildId);
        var echoed = new JsonArray();
        foreach (var command in commands.EnumerateArray())
        {
            var json = JsonNode.Parse(command.GetRawText())!.AsObject();
            int type = TypeOf(command);
            string key = $"{scope}\n{type}\n{command.GetProperty("name").GetString()}";
            if (!state.CommandIds.TryGetValue(key, out string? id)) state.CommandIds[key] = id = state.NextSnowflake();
            json["id"] = id;
            json["application_id"] = applicationId;
            json["version"] = state.NextSnowflake();
            json["type"] = type;
            if (guildId is not null) json["guild_id"] = guildId;
            if (!json.ContainsKey("default_member_permissions")) json["default_member_permissions"] = null;
            echoed.Add(json);
        }
        state.CommandSets[scope] = echoed;
        return FakeDiscordRestResult.Ok(echoed.DeepClone());
    }

    private static int TypeOf(JsonElement command) =>
        command.TryGetProperty("type", out var t) && t.TryGetInt32(out int type) ? type : 1;

    private static FakeDiscordRestResult? ValidateCommand(JsonElement command, int index)
    {
        if (command.ValueKind != JsonValueKind.Object) return FakeDiscordRestResult.InvalidForm($"{index}", "MODEL_TYPE_CONVERT", "Only dictionaries may be used in a ModelType");
        int type = TypeOf(command);
        if (type is < 1 or > 4) return FakeDiscordRestResult.InvalidForm($"{index}.type", "BASE_TYPE_CHOICES", "Value must be one of {1, 2, 3, 4}.");
        if (ValidateName(command, $"{index}", lowercase: type == 1) is { } name) return name;
        string description = command.TryGetProperty("description", out var d) && d.ValueKind == JsonValueKind.String ? d.GetString()! : "";
        if (type == 1 && description.Length is < 1 or > 100)
            return FakeDiscordRestResult.InvalidForm($"{index}.description", "BASE_TYPE_BAD_LENGTH", "Must be between 1 and 100 in length.");
        if (type != 1 && description.Length > 0)
            return FakeDiscordRestResult.InvalidForm($"{index}.description", "APPLICATION_COMMAND_INVALID_DESCRIPTION", "Context menu commands cannot have description");
        return ValidateOptions(command, $"{index}");
    }

    private static FakeDiscordRestResult? ValidateOptions(JsonElement parent, string path)
    {
        if (!parent.TryGetProperty("options", out var options) || options.ValueKind == JsonValueKind.Null) return null;
        if (options.ValueKind != JsonValueKind.Array || options.GetArrayLength() > MaxOptions)
            return FakeDiscordRestResult.InvalidForm($"{path}.options", "BASE_TYPE_MAX_LENGTH", $"Must be {MaxOptions} or fewer in length.");
        bool optionalSeen = false;
        int i = 0;
        foreach (var option in options.EnumerateArray())
        {
            string at = $"{path}.options.{i++}";
            int type = option.TryGetProperty("type", out var t) && t.TryGetInt32(out int v) ? v : 0;
            if (type is < 1 or > 11) return FakeDiscordRestResult.InvalidForm($"{at}.type", "BASE_TYPE_CHOICES", "Value must be one of {1, ..., 11}.");
            if (ValidateName(option, at, lowercase: true) is { } name) return name;
            string description = option.TryGetProperty("description", out var d) && d.ValueKind == JsonValueKind.String ? d.GetString()! : "";
            if (description.Length is < 1 or > 100)
                return FakeDiscordRestResult.InvalidForm($"{at}.description", "BASE_TYPE_BAD_LENGTH", "Must be between 1 and 100 in length.");
            if (option.TryGetProperty("choices", out var c) && c.ValueKind == JsonValueKind.Array && c.GetArrayLength() > MaxChoices)
                return FakeDiscordRestResult.InvalidForm($"{at}.choices", "BASE_TYPE_MAX_LENGTH", $"Must be {MaxChoices} or fewer in length.");
            bool required = option.TryGetProperty("required", out var r) && r.ValueKind == JsonValueKind.True;
            if (type > 2 && required && optionalSeen)
                return FakeDiscordRestResult.InvalidForm($"{at}.required", "APPLICATION_COMMAND_OPTIONS_REQUIRED_INVALID", "Required options must be placed before non-required options");
            if (type > 2 && !required) optionalSeen = true;
            if (type <= 2 && ValidateOptions(option, at) is { } nested) return nested;
        }
        return null;
    }

    private static FakeDiscordRestResult? ValidateName(JsonElement item, string path, bool lowercase)
    {
        string name = item.TryGetProperty("name", out var n) && n.ValueKind == JsonValueKind.String ? n.GetString()! : "";
        bool valid = lowercase ? SlashName().IsMatch(name) && name == name.ToLowerInvariant() : name.Length is >= 1 and <= 32;
        return valid ? null : FakeDiscordRestResult.InvalidForm($"{path}.name", "APPLICATION_COMMAND_INVALID_NAME", "Command name is invalid");
    }

    [GeneratedRegex(@"^[-_'\p{L}\p{N}\p{IsDevanagari}\p{IsThai}]{1,32}$")]
    private static partial Regex SlashName();
}
