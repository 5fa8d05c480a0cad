using ReportBot.Core.Answers;
using ReportBot.Core.Conversations;
using ReportBot.Core.Digest;
using ReportBot.Core.Platforms;
using ReportBot.Discord.Rendering;
using ReportBot.Discord.Schema;

namespace ReportBot.Discord.Interactions;

/// <summary>
/// Turns an interaction into its response. Slash commands and buttons go through the shared
/// <see cref="ConversationHandler"/>, each as the command it names (its options read here, never rebuilt as chat
/// text); autocomplete lists matching pillars. Problems (bad input, unknown commands or buttons) are answered only to
/// the user who caused them. Never throws for malformed interactions.
/// </summary>
public sealed class InteractionHandler(ConversationHandler conversations, PillarDirectory pillars, IConversationDirectory directory, TimeProvider time)
{
    /// <summary>MANAGE_CHANNELS and ADMINISTRATOR permission bits.</summary>
    private const ulong ManageChannels = 1UL << 4;
    private const ulong Administrator = 1UL << 3;

    /// <param name="door">Which Discord door it came through (<see cref="Platform.DiscordInteraction"/> or
    /// <see cref="Platform.DiscordGateway"/>), both verified: a signed request, or the bot's own gateway session.</param>
    public InteractionResponse Handle(Interaction interaction, Platform door)
    {
        if (!door.IsDiscord) throw new ArgumentException("Discord interactions arrive through a Discord door only.", nameof(door));
        // Only a verified Discord door saves a Discord channel's address, so only these are ever posted to.
        if (interaction.Type is InteractionType.ApplicationCommand or InteractionType.MessageComponent && interaction.ChannelId is { } channel)
            directory.Save(new ConversationAddress(Platform.DiscordKey, channel, channel, Verified: true, time.GetUtcNow()));
        return interaction.Type switch
        {
            InteractionType.Ping => InteractionResponse.Pong,
            InteractionType.ApplicationCommand when interaction.Data?.Name == CommandCatalog.Digest => DigestCommand(interaction, door),
            InteractionType.ApplicationCommand => Message(Command(interaction, door)),
            InteractionType.MessageComponent => Message(Component(interaction, door)),
            InteractionType.ApplicationCommandAutocomplete => Autocomplete(interaction),
            _ => Message(Reply.Problem("Not supported", "ReportBot doesn't handle this kind of interaction.")),
        };
    }

    /// <summary>
    /// /digest: the sub-command and its options become the digest command Teams users type. Changing the
    /// subscription needs Manage Channels, checked from the member's permissions in the payload (Discord also hides
    /// the command from others by default); in a DM with the bot the user may.
    /// </summary>
    private InteractionResponse DigestCommand(Interaction interaction, Platform door)
    {
        var sub = interaction.Data?.Options?.FirstOrDefault(o => o.Type == ApplicationCommandOptionType.SubCommand);
        if (sub is null || sub.Name is not ("subscribe" or "unsubscribe" or "status" or "preview"))
            return Message(Reply.Problem("Which digest command?", "Use /digest subscribe, unsubscribe, status or preview."));
        var arguments = new List<string>();
        foreach (var name in new[] { CommandCatalog.TimeOption, CommandCatalog.TimeZoneOption })
            if (InteractionOptions.Text(sub.Options?.FirstOrDefault(o => o.Name == name)) is { Length: > 0 } value)
                arguments.Add(value.Trim().Replace(' ', '_'));
        var turn = Turn(interaction, door) with { MayConfigure = MayManageChannel(interaction) };
        var reply = conversations.Handle(turn, new ChatCommand.Digest(sub.Name, arguments));
        bool onlyForUser = reply.Kind is ReplyKind.Problem || sub.Name is "status" or "preview";
        return Message(reply, onlyForUser);
    }

    private static bool MayManageChannel(Interaction interaction)
    {
        if (interaction.Member is null) return interaction.GuildId is null;
        return ulong.TryParse(interaction.Member.Permissions, out ulong bits) && (bits & (ManageChannels | Administrator)) != 0;
    }

    private Reply Command(Interaction interaction, Platform door)
    {
        var turn = Turn(interaction, door);
        switch (interaction.Data?.Name)
        {
            case CommandCatalog.Ask:
                string? question = InteractionOptions.Text(InteractionOptions.Find(interaction, CommandCatalog.QuestionOption));
                return string.IsNullOrWhiteSpace(question)
                    ? Reply.Problem("What would you like to ask?", "Use /ask with a question, for example: /ask question: What does the report say about 5G?")
                    : conversations.Handle(turn, new ChatCommand.Ask(question));
            case CommandCatalog.Pillar:
                string number = InteractionOptions.Text(InteractionOptions.Find(interaction, CommandCatalog.NumberOption)) ?? "";
                return conversations.Handle(turn, new ChatCommand.Pillar(number.Trim()));
            case CommandCatalog.Pillars:
                return conversations.Handle(turn, new ChatCommand.Pillars());
            case CommandCatalog.About:
                return conversations.Handle(turn, new ChatCommand.About());
            case CommandCatalog.Help:
                return conversations.Handle(turn, new ChatCommand.Help());
            default:
                return Reply.Problem("Unknown command", "This command isn't one of ReportBot's. Try /help.");
        }
    }

    private Reply Component(Interaction interaction, Platform door)
    {
        string? customId = interaction.Data?.CustomId;
        var action = TurnAction.TryDecode(customId);
        var turn = Turn(interaction, door);
        return conversations.Handle(action is null ? turn with { UnknownAction = customId ?? "" } : turn with { Action = action });
    }

    private InteractionResponse Autocomplete(Interaction interaction)
    {
        var options = interaction.Data?.Options ?? [];
        var focused = options.Concat(options.SelectMany(o => o.Options ?? [])).FirstOrDefault(o => o.Focused == true);
        string typed = (InteractionOptions.Text(focused) ?? "").Trim();
        if (focused?.Name == CommandCatalog.TimeZoneOption)
            return new InteractionResponse(InteractionCallbackType.ApplicationCommandAutocompleteResult, new InteractionResponseData
            {
                Choices = TimeZoneNames.Search(typed, DiscordLimits.AutocompleteChoices)
                    .Select(z => new AutocompleteChoice(z, System.Text.Json.JsonSerializer.SerializeToElement(z, DiscordJsonContext.Default.String)))
                    .ToList(),
            });
        var choices = pillars.All
            .Where(p => typed.Length == 0
                || InteractionOptions.Invariant(p.Number).StartsWith(typed, StringComparison.Ordinal)
                || p.Title.Contains(typed, StringComparison.OrdinalIgnoreCase))
            .Take(DiscordLimits.AutocompleteChoices)
            .Select(p => new AutocompleteChoice(
                DiscordText.TruncatePlain($"{p.Number} — {p.Title}", DiscordLimits.ChoiceName), InteractionOptions.Integer(p.Number)))
            .ToList();
        return new InteractionResponse(InteractionCallbackType.ApplicationCommandAutocompleteResult, new InteractionResponseData { Choices = choices });
    }

    private static InteractionResponse Message(Reply reply, bool? onlyForUser = null)
    {
        bool privateToUser = onlyForUser ?? reply.Kind is ReplyKind.Problem or ReplyKind.Help or ReplyKind.Acknowledgement;
        return new InteractionResponse(InteractionCallbackType.ChannelMessageWithSource,
            InteractionResponseData.From(DiscordReplyRenderer.Render(reply, ephemeral: privateToUser)));
    }

    private static Turn Turn(Interaction interaction, Platform door) =>
        new(door, interaction.ChannelId ?? "", interaction.Invoker?.Id ?? "", null);
}
