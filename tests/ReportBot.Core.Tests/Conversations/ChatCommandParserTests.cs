using ReportBot.Core.Conversations;

namespace ReportBot.Core.Tests.Conversations;

public sealed class ChatCommandParserTests
{
    [Theory]
    [InlineData("help")]
    [InlineData("/help")]
    [InlineData("  HELP ")]
    [InlineData("?")]
    [InlineData("help?")]
    [InlineData("Help!")]
    public void Help(string text) => Assert.IsType<ChatCommand.Help>(ChatCommandParser.Parse(text));

    [Theory]
    [InlineData("pillar 4", "4")]
    [InlineData("/pillar 4", "4")]
    [InlineData("pillar four", "four")]
    [InlineData("pillar #4", "#4")]
    [InlineData("pillar 99", "99")]
    [InlineData("pillar", "")]
    [InlineData("pillar 4?", "4")]
    [InlineData("Pillar 4.", "4")]
    public void Pillar_lookups(string text, string argument) =>
        Assert.Equal(argument, Assert.IsType<ChatCommand.Pillar>(ChatCommandParser.Parse(text)).Argument);

    [Theory]
    [InlineData("pillars")]
    [InlineData("/pillars")]
    [InlineData("pillars?")]
    [InlineData("pillars please")]
    [InlineData("Pillars, please!")]
    public void Pillar_list(string text) => Assert.IsType<ChatCommand.Pillars>(ChatCommandParser.Parse(text));

    [Fact]
    public void About()
    {
        Assert.IsType<ChatCommand.About>(ChatCommandParser.Parse("about"));
        Assert.IsType<ChatCommand.About>(ChatCommandParser.Parse("about?"));
    }

    [Theory]
    [InlineData("help me understand pillar 3")]
    [InlineData("about Japan")]
    [InlineData("pillar 4 and trade?")]
    [InlineData("What is pillar 3 about?")]
    [InlineData("pillar China")]
    [InlineData("pillars of the alliance")]
    [InlineData("digest the whole report for me please")]
    public void Sentences_that_start_with_a_command_word_are_questions(string text) =>
        Assert.Equal(text, Assert.IsType<ChatCommand.Ask>(ChatCommandParser.Parse(text)).Question);

    [Theory]
    [InlineData("/frobnicate now", "frobnicate")]
    [InlineData("/DROP", "drop")]
    public void Unknown_slash_commands_are_reported(string text, string name) =>
        Assert.Equal(name, Assert.IsType<ChatCommand.Unknown>(ChatCommandParser.Parse(text)).Name);

    [Theory]
    [InlineData("digest foo", "foo")]
    [InlineData("/digest daily at 9", "daily")]
    public void A_digest_word_that_is_no_action_gets_the_digest_help(string text, string unrecognised)
    {
        var digest = Assert.IsType<ChatCommand.Digest>(ChatCommandParser.Parse(text));
        Assert.Equal("help", digest.Action);
        Assert.Equal(unrecognised, digest.Unrecognised);
    }

    [Fact]
    public void Slash_ask_is_a_question() =>
        Assert.Equal("5G?", Assert.IsType<ChatCommand.Ask>(ChatCommandParser.Parse("/ask 5G?")).Question);
}
