using System.Text.Json;
using ReportBot.Discord.Interactions;
using ReportBot.Discord.Schema;
using ReportBot.Testing;
using ReportBot.Core.Platforms;

namespace ReportBot.Discord.Tests.Interactions;

public sealed class InteractionHandlerTests(SeedReport seed) : IClassFixture<SeedReport>
{
    private InteractionHandler Handler
    {
        get
        {
            var conversations = new TestConversations(seed);
            return new(conversations.Handler, conversations.Commands, new Core.Commands.CommandCompletions(seed.Pillars));
        }
    }

    private InteractionResponse Handle(string json) => Handler.Handle(InteractionPayloads.Parse(json), Platform.DiscordInteraction);

    private static Embed Embed(InteractionResponse response) => Assert.Single(response.Data!.Embeds!);

    private static bool Ephemeral(InteractionResponse response) => response.Data!.Flags == MessageParams.EphemeralFlag;

    [Fact]
    public void Ping_gets_pong() => Assert.Equal(InteractionCallbackType.Pong, Handle("""{"type":1,"id":"1","token":"t","version":1}""").Type);

    [Fact]
    public void Ask_answers_with_excerpts_citations_pillars_and_buttons()
    {
        var response = Handle(InteractionPayloads.Command("ask", """[{"type":3,"name":"question","value":"What does the report say about North Korea?"}]"""));
        Assert.Equal(InteractionCallbackType.ChannelMessageWithSource, response.Type);
        Assert.False(Ephemeral(response));
        var field = Embed(response).Fields![0];
        Assert.StartsWith("1. ", field.Name);
        Assert.Contains("North Korea", field.Value);
        Assert.Contains("*Pillar ", field.Value.Replace("\\", ""));
        var buttons = response.Data!.Components!.SelectMany(r => r.Components!).ToList();
        Assert.Contains(buttons, b => b.CustomId!.StartsWith("more:", StringComparison.Ordinal));
        Assert.All(buttons, b => Assert.InRange(b.CustomId!.Length, 1, 100));
        Assert.Empty(response.Data.AllowedMentions!.Parse);
    }

    [Theory]
    [InlineData("4", "Pillar 4: Galvanize")]
    [InlineData("\"4\"", "Pillar 4: Galvanize")]
    public void Pillar_shows_the_pillar(string value, string title)
    {
        var response = Handle(InteractionPayloads.Command("pillar", $$"""[{"type":4,"name":"number","value":{{value}}}]"""));
        Assert.StartsWith(title, Embed(response).Title);
        Assert.Contains("> Galvanize new areas of security cooperation", Embed(response).Description);
    }

    [Theory]
    [InlineData("0", "There is no pillar 0")]
    [InlineData("99", "There is no pillar 99")]
    [InlineData("-3", "There is no pillar -3")]
    [InlineData("\"abc\"", "isn't a pillar number")]
    [InlineData("9007199254740991", "There is no pillar")]
    public void Out_of_range_pillars_get_the_valid_range_privately(string value, string message)
    {
        var response = Handle(InteractionPayloads.Command("pillar", $$"""[{"type":4,"name":"number","value":{{value}}}]"""));
        Assert.True(Ephemeral(response));
        Assert.Contains(message, Embed(response).Description!.Replace("\\", ""));
        Assert.Contains("from 1 to 6", Embed(response).Description!.Replace("\\", ""));
    }

    [Theory]
    [InlineData("ask", "[]")]
    [InlineData("ask", """[{"type":3,"name":"question","value":"   "}]""")]
    [InlineData("pillar", "[]")]
    [InlineData("ask", """[{"type":3,"name":"question","value":{"nested":true}}]""")]
    public void Missing_or_malformed_options_get_a_clear_private_message(string command, string options)
    {
        var response = Handle(InteractionPayloads.Command(command, options));
        Assert.Equal(InteractionCallbackType.ChannelMessageWithSource, response.Type);
        Assert.True(Ephemeral(response));
    }

    [Fact]
    public void A_6000_character_question_is_refused_with_the_limit()
    {
        string question = string.Join(" ", Enumerable.Repeat("North Korea nuclear", 400))[..6000];
        var response = Handle(InteractionPayloads.Command("ask", $$"""[{"type":3,"name":"question","value":"{{question}}"}]"""));
        Assert.True(Ephemeral(response));
        Assert.Contains("characters long; please keep it under 500", Embed(response).Description!.Replace("\\", ""));
    }

    [Theory]
    [InlineData("pillars", "The report's 6 pillars")]
    [InlineData("about", "About the report")]
    [InlineData("help", "How to use ReportBot")]
    public void The_other_commands_answer(string command, string title) =>
        Assert.Equal(title, Embed(Handle(InteractionPayloads.Command(command))).Title);

    [Fact]
    public void Unknown_commands_get_a_private_message()
    {
        var response = Handle(InteractionPayloads.Command("frobnicate"));
        Assert.True(Ephemeral(response));
        Assert.Equal("Unknown command", Embed(response).Title);
    }

    [Fact]
    public void Why_this_answer_is_shown_only_to_the_user_who_pressed_it()
    {
        var handler = Handler; // one handler: the question behind the button is remembered in it
        var answer = handler.Handle(InteractionPayloads.Parse(InteractionPayloads.Command("ask",
            """[{"type":3,"name":"question","value":"What does the report say about North Korea?"}]""")), Platform.DiscordInteraction);
        var why = answer.Data!.Components!.SelectMany(row => row.Components!).Single(b => b.Label == "Why this answer?");
        var response = handler.Handle(InteractionPayloads.Parse(InteractionPayloads.Component(why.CustomId!)), Platform.DiscordInteraction);
        Assert.True(Ephemeral(response));
        Assert.Equal("Why this answer", Embed(response).Title);
    }

    [Fact]
    public void A_pillar_button_opens_the_pillar() =>
        Assert.StartsWith("Pillar 5:", Embed(Handle(InteractionPayloads.Component("pillar:5"))).Title);

    [Theory]
    [InlineData("click_me")]
    [InlineData("more:nosuchquestion:3")]
    [InlineData("pillar:999")]
    public void Unknown_or_stale_component_ids_get_a_private_message(string customId) =>
        Assert.True(Ephemeral(Handle(InteractionPayloads.Component(customId))));

    [Theory]
    [InlineData("\"\"", 6)]
    [InlineData("\"4\"", 1)]
    [InlineData("\"korea\"", 3)]
    [InlineData("5", 1)]
    [InlineData("\"zzz\"", 0)]
    public void Autocomplete_lists_matching_pillars(string typed, int expected)
    {
        var response = Handle(InteractionPayloads.Autocomplete(typed));
        Assert.Equal(InteractionCallbackType.ApplicationCommandAutocompleteResult, response.Type);
        var choices = response.Data!.Choices!;
        Assert.Equal(expected, choices.Count);
        Assert.All(choices, c => Assert.Equal(JsonValueKind.Number, c.Value.ValueKind));
        Assert.All(choices, c => Assert.InRange(c.Name.Length, 1, 100));
    }
}
