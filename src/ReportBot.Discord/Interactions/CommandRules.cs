using System.Text.RegularExpressions;
using ReportBot.Discord.Schema;

namespace ReportBot.Discord.Interactions;

/// <summary>Discord's rules for command definitions, checked before registering so a bad definition fails here, not at Discord.</summary>
public static partial class CommandRules
{
    private const int MaxOptions = 25;
    private const int MaxCommandCharacters = 8000;

    public static IReadOnlyList<string> Validate(IReadOnlyList<ApplicationCommand> commands)
    {
        var errors = new List<string>();
        if (commands.Count > 100) errors.Add("more than 100 commands");
        foreach (var duplicate in commands.GroupBy(c => c.Name).Where(g => g.Count() > 1)) errors.Add($"command '{duplicate.Key}' is defined twice");
        foreach (var command in commands)
        {
            CheckName(errors, command.Name, "command");
            CheckDescription(errors, command.Description, command.Name);
            CheckOptions(errors, command.Options ?? [], command.Name);
            int characters = command.Name.Length + command.Description.Length + Characters(command.Options ?? []);
            if (characters > MaxCommandCharacters) errors.Add($"/{command.Name}: {characters} characters in total, more than {MaxCommandCharacters}");
        }
        return errors;
    }

    private static void CheckOptions(List<string> errors, IReadOnlyList<ApplicationCommandOption> options, string where)
    {
        if (options.Count > MaxOptions) errors.Add($"/{where}: more than {MaxOptions} options");
        bool optionalSeen = false;
        foreach (var option in options)
        {
            CheckName(errors, option.Name, $"/{where} option");
            CheckDescription(errors, option.Description, $"{where} {option.Name}");
            if (option.Required == true && optionalSeen) errors.Add($"/{where} {option.Name}: required options must come before optional ones");
            if (option.Required != true) optionalSeen = true;
            if (option.Autocomplete == true && option.Choices is { Count: > 0 }) errors.Add($"/{where} {option.Name}: autocomplete and choices cannot be combined");
            if (option.Choices is { Count: > 25 }) errors.Add($"/{where} {option.Name}: more than 25 choices");
            if (option.MaxLength is < 1 or > 6000) errors.Add($"/{where} {option.Name}: max_length must be 1–6000");
            CheckOptions(errors, option.Options ?? [], $"{where} {option.Name}");
        }
    }

    private static void CheckName(List<string> errors, string name, string what)
    {
        if (!NamePattern().IsMatch(name) || name != name.ToLowerInvariant())
            errors.Add($"{what} name '{name}' must be 1–32 lower-case letters, digits, '-', '_' or '''");
    }

    private static void CheckDescription(List<string> errors, string description, string where)
    {
        if (description.Length is < 1 or > 100) errors.Add($"'{where}': description must be 1–100 characters, not {description.Length}");
    }

    private static int Characters(IReadOnlyList<ApplicationCommandOption> options) =>
        options.Sum(o => o.Name.Length + o.Description.Length + (o.Choices?.Sum(c => c.Name.Length + c.Value.ToString().Length) ?? 0) + Characters(o.Options ?? []));

    [GeneratedRegex(@"^[-_'\p{L}\p{N}\p{IsDevanagari}\p{IsThai}]{1,32}$")]
    private static partial Regex NamePattern();
}
