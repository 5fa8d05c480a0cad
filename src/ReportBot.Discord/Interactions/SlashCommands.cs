using ReportBot.Core.Commands;
using ReportBot.Discord.Schema;

namespace ReportBot.Discord.Interactions;

/// <summary>
/// Discord's slash-command definitions, written from the bot's declared commands: a command group becomes
/// sub-commands, parameters become options of the matching type, a completion source turns on autocomplete, and a
/// command any of whose parts is for conversation managers is hidden from other members by default.
/// </summary>
public static class SlashCommands
{
    /// <summary>MANAGE_CHANNELS: by default only members who may manage the channel see such a command.</summary>
    public const string ManageChannelsPermission = "16";

    /// <summary>Guild channels and DMs with the bot.</summary>
    private static readonly IReadOnlyList<int> Contexts = [0, 1];

    public static IReadOnlyList<ApplicationCommand> From(IEnumerable<CommandDeclaration> commands) =>
        commands.Select(command => new ApplicationCommand
        {
            Name = command.Name,
            Description = command.Description,
            Contexts = Contexts,
            DefaultMemberPermissions = command.StrictestAudience == CommandAudience.ConversationManagers ? ManageChannelsPermission : null,
            Options = command.Subcommands.Count > 0
                ? command.Subcommands.Select(Subcommand).ToList()
                : Options(command.Parameters),
        }).ToList();

    private static ApplicationCommandOption Subcommand(CommandDeclaration sub) => new()
    {
        Type = ApplicationCommandOptionType.SubCommand,
        Name = sub.Name,
        Description = sub.Description,
        Options = Options(sub.Parameters),
    };

    private static List<ApplicationCommandOption>? Options(IReadOnlyList<CommandParameter> parameters) =>
        parameters.Count == 0 ? null : parameters.Select(p => new ApplicationCommandOption
        {
            Type = p.Kind == ParameterKind.Number ? ApplicationCommandOptionType.Integer : ApplicationCommandOptionType.String,
            Name = p.Name,
            Description = p.Description,
            Required = p.Required ? true : null,
            MaxLength = p.Kind == ParameterKind.Number ? null : p.MaxLength,
            Autocomplete = p.Completion == CompletionSource.None ? null : true,
        }).ToList();
}
