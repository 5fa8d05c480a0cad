using ReportBot.Core.Answers;
using ReportBot.Core.Conversations;
using ReportBot.Core.Digest;
using ReportBot.Discord.Rendering;
using ReportBot.Discord.Schema;

namespace ReportBot.Discord.Interactions;

/// <summary>
/// Turns an interaction into its response. Slash commands and buttons go through the shared
/// <see cref="ConversationHandler"/>; autocomplete lists matching pillars. Problems (bad input, unknown commands
/// or buttons) are answered only to the user who caused them. Never throws for malformed interactions.
/// </summary>
public sealed class InteractionHandler(ConversationHandler conversations, PillarDirectory pillars, IConversationDirectory directory, TimeProvider time)
{
    public const string Platform = "discord";

    /// <summary>MANAGE_CHANNELS and ADMINISTRATOR permission bits.</summary>
    private const ulong ManageChannels = 1UL << 4;
    private const ulong Administrator = 1UL << 3;

    public InteractionResponse Handle(Interaction interaction)
    {
        if (interaction.Type is InteractionType.ApplicationCommand or InteractionType.MessageComponent && interaction.ChannelId is { } channel)
            directory.Save(new ConversationAddress(Platform, channel, channel, Verified: true, time.GetUtcNow()));
        return interaction.Type switch
        {
            InteractionType.Ping => InteractionResponse.Pong,
            InteractionType.ApplicationCommand when interaction.Data?.Name == CommandCatalog.Digest => DigestCommand(interaction),
            InteractionType.ApplicationCommand => Message(Command(interaction)),
            InteractionType.MessageComponent => Message(Component(interaction)),
            InteractionType.ApplicationCommandAutocomplete => Autocomplete(interaction),
            _ => Message(Reply.Problem("Not supported", "ReportBot doesn't handle this kind of interaction.")),
        };
    }

    /// <summary>
    /// /digest: the sub-command and its options become the same "digest …" text Teams users type. Changing the
    /// subscription needs Manage Channels, checked from the member's permissions in the payload (Discord also hides
    /// the command from others by default); in a DM with the bot the user may.
    /// </summary>
    private InteractionResponse DigestCommand(Interaction interaction)
    {
        var sub = interaction.Data?.Options?.FirstOrDefault(o => o.Type == ApplicationCommandOptionType.SubCommand);
        if (sub is null) return Message(Reply.Problem("Which digest command?", "Use /digest subscribe, unsubscribe, status or preview."));
        var words = new List<string> { "digest", sub.Name };
        foreach (var name in new[] { CommandCatalog.TimeOption, CommandCatalog.TimeZoneOption })
            if (InteractionOptions.Text(sub.Options?.FirstOrDefault(o => o.Name == name)) is { Length: > 0 } value)
                words.Add(value.Replace(' ', '_'));
        var turn = Turn(interaction, string.Join(' ', words)) with { MayConfigure = MayManageChannel(interaction) };
        var reply = conversations.Handle(turn);
        bool onlyForUser = reply.Kind is ReplyKind.Problem || sub.Name is "status" or "preview";
        return Message(reply, onlyForUser);
    }

    private static bool MayManageChannel(Interaction interaction)
    {
        if (interaction.Member is null) return interaction.GuildId is null;
        return ulong.TryParse(interaction.Member.Permissions, out ulong bits) && (bits & (ManageChannels | Administrator)) != 0;
    }

    private Reply Command(Interaction interaction)
    {
        var turn = Turn(interaction, text: null);
        switch (interaction.Data?.Name)
        {
            case CommandCatalog.Ask:
                string? question = InteractionOptions.Text(InteractionOptions.Find(interaction, CommandCatalog.QuestionOption));
                return string.IsNullOrWhiteSpace(question)
                    ? Reply.Problem("What would you like to ask?", "Use /ask with a question, for example: /ask question: What does the report say about 5G?")
                    : conversations.Ask(turn, question);
            case CommandCatalog.Pillar:
                string number = InteractionOptions.Text(InteractionOptions.Find(interaction, CommandCatalog.NumberOption)) ?? "";
                return PillarReplies.Detail(pillars.Find(number));
            case CommandCatalog.Pillars:
            case CommandCatalog.About:
            case CommandCatalog.Help:
                return conversations.Handle(turn with { Text = interaction.Data!.Name });
            default:
                return Reply.Problem("Unknown command", "This command isn't one of ReportBot's. Try /help.");
        }
    }

    private Reply Component(Interaction interaction)
    {
        string? customId = interaction.Data?.CustomId;
        var action = TurnAction.TryDecode(customId);
        var turn = Turn(interaction, text: null);
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

    private static Turn Turn(Interaction interaction, string? text) =>
        new(Platform, interaction.ChannelId ?? "", interaction.Invoker?.Id ?? "", text);
}
