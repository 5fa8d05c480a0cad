using ReportBot.Core.Answers;
using ReportBot.Core.Conversations;
using ReportBot.Discord.Rendering;
using ReportBot.Discord.Schema;

namespace ReportBot.Discord.Interactions;

/// <summary>
/// Turns an interaction into its response. Slash commands and buttons go through the shared
/// <see cref="ConversationHandler"/>; autocomplete lists matching pillars. Problems (bad input, unknown commands
/// or buttons) are answered only to the user who caused them. Never throws for malformed interactions.
/// </summary>
public sealed class InteractionHandler(ConversationHandler conversations, PillarDirectory pillars)
{
    public const string Platform = "discord";

    public InteractionResponse Handle(Interaction interaction) => interaction.Type switch
    {
        InteractionType.Ping => InteractionResponse.Pong,
        InteractionType.ApplicationCommand => Message(Command(interaction)),
        InteractionType.MessageComponent => Message(Component(interaction)),
        InteractionType.ApplicationCommandAutocomplete => Autocomplete(interaction),
        _ => Message(Reply.Problem("Not supported", "ReportBot doesn't handle this kind of interaction.")),
    };

    private Reply Command(Interaction interaction)
    {
        var turn = Turn(interaction, text: null);
        switch (interaction.Data?.Name)
        {
            case CommandCatalog.Ask:
                string? question = InteractionOptions.Text(InteractionOptions.Find(interaction, CommandCatalog.QuestionOption));
                return string.IsNullOrWhiteSpace(question)
                    ? Reply.Problem("What would you like to ask?", "Use /ask with a question, for example: /ask question: What does the report say about 5G?")
                    : conversations.Ask(question, skip: 0);
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
        var focused = interaction.Data?.Options?.FirstOrDefault(o => o.Focused == true);
        string typed = (InteractionOptions.Text(focused) ?? "").Trim();
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

    private static InteractionResponse Message(Reply reply)
    {
        bool privateToUser = reply.Kind is ReplyKind.Problem or ReplyKind.Help;
        return new InteractionResponse(InteractionCallbackType.ChannelMessageWithSource,
            InteractionResponseData.From(DiscordReplyRenderer.Render(reply, ephemeral: privateToUser)));
    }

    private static Turn Turn(Interaction interaction, string? text) =>
        new(Platform, interaction.ChannelId ?? "", interaction.Invoker?.Id ?? "", text);
}
