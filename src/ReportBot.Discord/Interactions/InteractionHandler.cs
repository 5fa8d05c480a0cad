using System.Text.Json;
using ReportBot.Core.Commands;
using ReportBot.Core.Conversations;
using ReportBot.Core.Platforms;
using ReportBot.Discord.Rendering;
using ReportBot.Discord.Schema;

namespace ReportBot.Discord.Interactions;

/// <summary>
/// Translates interactions into turns for the one pipeline (<see cref="ConversationHandler"/>) and renders its
/// replies: a slash command becomes the declared command it names, with its options read by parameter name; a
/// button becomes its action; autocomplete lists what the parameter's completion source suggests. Who sees a reply
/// is the reply's own visibility. Never throws for malformed interactions.
/// </summary>
public sealed class InteractionHandler(ConversationHandler conversations, CommandSet commands, CommandCompletions completions)
{
    /// <summary>MANAGE_CHANNELS and ADMINISTRATOR permission bits.</summary>
    private const ulong ManageChannels = 1UL << 4;
    private const ulong Administrator = 1UL << 3;

    /// <param name="door">Which Discord door it came through (<see cref="Platform.DiscordInteraction"/> or
    /// <see cref="Platform.DiscordGateway"/>), both verified: a signed request, or the bot's own gateway session.</param>
    public InteractionResponse Handle(Interaction interaction, Platform door)
    {
        if (!door.IsDiscord) throw new ArgumentException("Discord interactions arrive through a Discord door only.", nameof(door));
        return interaction.Type switch
        {
            InteractionType.Ping => InteractionResponse.Pong,
            InteractionType.ApplicationCommandAutocomplete => Autocomplete(interaction),
            InteractionType.ApplicationCommand or InteractionType.MessageComponent =>
                ToTurn(interaction, door) is { } turn ? Respond(turn) : Message(UnknownCommand()),
            _ => Message(Reply.Problem("Not supported", "ReportBot doesn't handle this kind of interaction.") with { Visibility = ReplyVisibility.Asker }),
        };
    }

    /// <summary>The turn a command or button press makes; null for anything else, or a command that isn't one of ours.</summary>
    public Turn? ToTurn(Interaction interaction, Platform door)
    {
        if (interaction.Type is not (InteractionType.ApplicationCommand or InteractionType.MessageComponent)) return null;
        string channel = interaction.ChannelId ?? "";
        var turn = new Turn(door, channel, interaction.Invoker?.Id ?? "", null)
        {
            MayConfigure = MayManageChannel(interaction),
            // Only a verified Discord door saves a Discord channel's address, so only these are ever posted to.
            ReturnAddress = channel.Length > 0 ? new ReturnAddress(channel, Verified: true) : null,
        };
        if (interaction.Type == InteractionType.MessageComponent)
        {
            string? customId = interaction.Data?.CustomId;
            return TurnAction.TryDecode(customId) is { } action ? turn with { Action = action } : turn with { UnknownAction = customId ?? "" };
        }
        return Invocation(interaction) is { } invocation ? turn with { Command = invocation } : null;
    }

    /// <summary>Whether the reply to <paramref name="turn"/> will be for its user only, before it is worked out (for the deferral).</summary>
    public bool RepliesPrivately(Turn turn) => conversations.ExpectedVisibility(turn) == ReplyVisibility.Asker;

    public InteractionResponse Respond(Turn turn) => Message(conversations.Handle(turn));

    /// <summary>The declared command an application command names, its sub-command and option values by name.</summary>
    private CommandInvocation? Invocation(Interaction interaction)
    {
        if (interaction.Data?.Name is not { } name) return null;
        if (interaction.Data.Options?.Any(o => o is null) == true) return null;
        var options = interaction.Data.Options ?? [];
        var sub = options.FirstOrDefault(o => o.Type == ApplicationCommandOptionType.SubCommand);
        var values = (sub?.Options ?? options)
            .Where(o => o.Type is not (ApplicationCommandOptionType.SubCommand or ApplicationCommandOptionType.SubCommandGroup))
            .Select(o => (o.Name, Value: InteractionOptions.Text(o)))
            // A forged payload may leave names out; such an option fills no parameter.
            .Where(o => o.Name is not null && o.Value is not null)
            .DistinctBy(o => o.Name)
            .ToDictionary(o => o.Name, o => o.Value!, StringComparer.Ordinal);
        return commands.Invoke(name, sub?.Name, values);
    }

    /// <summary>
    /// Changing a conversation's settings needs Manage Channels, read from the member's permissions in the payload
    /// (Discord also hides such commands from others by default); in a DM with the bot the user may.
    /// </summary>
    private static bool MayManageChannel(Interaction interaction)
    {
        if (interaction.Member is null) return interaction.GuildId is null;
        return ulong.TryParse(interaction.Member.Permissions, out ulong bits) && (bits & (ManageChannels | Administrator)) != 0;
    }

    private InteractionResponse Autocomplete(Interaction interaction)
    {
        var options = interaction.Data?.Options ?? [];
        var sub = options.FirstOrDefault(o => o.Type == ApplicationCommandOptionType.SubCommand);
        var focused = (sub?.Options ?? options).FirstOrDefault(o => o.Focused == true);
        var declaration = interaction.Data?.Name is { } name ? commands.Find(name)?.Declaration : null;
        var owner = sub is null ? declaration : declaration?.Subcommands.FirstOrDefault(s => s.Name == sub.Name);
        var parameter = owner?.Parameters.FirstOrDefault(p => p.Name == focused?.Name);
        var choices = parameter is null ? [] : completions.For(parameter, InteractionOptions.Text(focused), DiscordLimits.AutocompleteChoices)
            .Select(c => new AutocompleteChoice(DiscordText.TruncatePlain(c.Label, DiscordLimits.ChoiceName), ChoiceValue(parameter, c.Value)))
            .ToList();
        return new InteractionResponse(InteractionCallbackType.ApplicationCommandAutocompleteResult, new InteractionResponseData { Choices = choices });
    }

    /// <summary>An integer option's choices must be numbers, a string option's strings.</summary>
    private static JsonElement ChoiceValue(CommandParameter parameter, string value) =>
        parameter.Kind == ParameterKind.Number && int.TryParse(value, System.Globalization.CultureInfo.InvariantCulture, out int number)
            ? InteractionOptions.Integer(number)
            : JsonSerializer.SerializeToElement(value, DiscordJsonContext.Default.String);

    private static Reply UnknownCommand() =>
        Reply.Problem("Unknown command", "This command isn't one of ReportBot's. Try /help.") with { Visibility = ReplyVisibility.Asker };

    private static InteractionResponse Message(Reply reply) =>
        new(InteractionCallbackType.ChannelMessageWithSource,
            InteractionResponseData.From(DiscordReplyRenderer.Render(reply, ephemeral: reply.Visibility == ReplyVisibility.Asker)));
}
