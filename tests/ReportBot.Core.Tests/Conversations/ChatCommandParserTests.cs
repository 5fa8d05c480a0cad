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
    [InlineData("Pillar abc", "abc")]
    [InlineData("pillar", "")]
    [InlineData("pillar 4?", "4")]
    [InlineData("Pillar 4.", "4")]
    public void Pillar_lookups(string text, string argument) =>
        Assert.Equal(argument, Assert.IsType<ChatCommand.Pillar>(ChatCommandParser.Parse(text)).Argument);

    [Theory]
    [InlineData("pillars")]
    [InlineData("/pillars")]
    [InlineData("pillars?")]
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
    public void Sentences_that_start_with_a_command_word_are_questions(string text) =>
        Assert.Equal(text, Assert.IsType<ChatCommand.Ask>(ChatCommandParser.Parse(text)).Question);

    [Theory]
    [InlineData("/frobnicate now", "frobnicate")]
    [InlineData("/DROP", "drop")]
    public void Unknown_slash_commands_are_reported(string text, string name) =>
        Assert.Equal(name, Assert.IsType<ChatCommand.Unknown>(ChatCommandParser.Parse(text)).Name);

    [Fact]
    public void Slash_ask_is_a_question() =>
        Assert.Equal("5G?", Assert.IsType<ChatCommand.Ask>(ChatCommandParser.Parse("/ask 5G?")).Question);
}
