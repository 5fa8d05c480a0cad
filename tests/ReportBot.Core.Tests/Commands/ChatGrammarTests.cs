using ReportBot.Core.Commands;
using ReportBot.Testing;

namespace ReportBot.Core.Tests.Commands;

public sealed class ChatGrammarTests
{
    private static readonly ChatGrammar Grammar = new(DeclaredCommands.Set());

    private static CommandInvocation Invocation(string text) => Assert.IsType<CommandInvocation>(Grammar.Parse(text).Invocation);

    private static string Question(string text)
    {
        var invocation = Invocation(text);
        Assert.Equal("ask", invocation.Command.Name);
        return invocation.Argument("question") ?? "";
    }

    [Theory]
    [InlineData("help")]
    [InlineData("/help")]
    [InlineData("  HELP ")]
    [InlineData("?")]
    [InlineData("help?")]
    [InlineData("Help!")]
    [InlineData("/start")]
    [InlineData("help please")]
    public void Help(string text) => Assert.Equal("help", Invocation(text).Command.Name);

    [Theory]
    [InlineData("pillar 4", "4")]
    [InlineData("/pillar 4", "4")]
    [InlineData("pillar four", "four")]
    [InlineData("pillar #4", "#4")]
    [InlineData("pillar 99", "99")]
    [InlineData("pillar 4?", "4")]
    [InlineData("Pillar 4.", "4")]
    [InlineData("/pillar China", "China")]
    public void Pillar_lookups(string text, string argument)
    {
        var invocation = Invocation(text);
        Assert.Equal("pillar", invocation.Command.Name);
        Assert.Equal(argument, invocation.Argument("number"));
    }

    [Fact]
    public void Pillar_alone_is_the_look_up_without_its_number()
    {
        var invocation = Invocation("pillar");
        Assert.Equal("pillar", invocation.Command.Name);
        Assert.False(invocation.IsComplete);
    }

    [Theory]
    [InlineData("pillars")]
    [InlineData("/pillars")]
    [InlineData("pillars?")]
    [InlineData("pillars please")]
    [InlineData("Pillars, please!")]
    public void Pillar_list(string text) => Assert.Equal("pillars", Invocation(text).Command.Name);

    [Theory]
    [InlineData("about")]
    [InlineData("about?")]
    public void About(string text) => Assert.Equal("about", Invocation(text).Command.Name);

    [Theory]
    [InlineData("help me understand pillar 3")]
    [InlineData("about Japan")]
    [InlineData("pillar 4 and trade?")]
    [InlineData("What is pillar 3 about?")]
    [InlineData("pillar China")]
    [InlineData("pillars of the alliance")]
    [InlineData("digest the whole report for me please")]
    public void Sentences_that_start_with_a_command_word_are_questions(string text) => Assert.Equal(text, Question(text));

    [Theory]
    [InlineData("/frobnicate now", "frobnicate")]
    [InlineData("/DROP", "drop")]
    public void Unknown_slash_commands_are_reported(string text, string name) => Assert.Equal(name, Grammar.Parse(text).UnknownCommand);

    [Theory]
    [InlineData("digest foo", "foo")]
    [InlineData("/digest daily at 9", "daily")]
    public void A_digest_word_that_is_no_action_gets_the_digest_help(string text, string stray)
    {
        var invocation = Invocation(text);
        Assert.Equal("digest", invocation.Command.Name);
        Assert.Null(invocation.Subcommand);
        Assert.Equal(stray, invocation.Stray);
    }

    [Theory]
    [InlineData("digest subscribe 09:00 Asia/Seoul", "09:00", "Asia/Seoul")]
    [InlineData("digest subscribe Asia/Seoul 09:00", "09:00", "Asia/Seoul")]
    [InlineData("/digest subscribe 9am", "9am", null)]
    [InlineData("digest subscribe Europe/Paris", null, "Europe/Paris")]
    [InlineData("digest subscribe", null, null)]
    public void Digest_subscribe_reads_time_and_zone_by_what_they_look_like(string text, string? time, string? zone)
    {
        var invocation = Invocation(text);
        Assert.Equal("subscribe", invocation.Subcommand?.Name);
        Assert.Equal(time, invocation.Argument("time"));
        Assert.Equal(zone, invocation.Argument("timezone"));
    }

    [Theory]
    [InlineData("digest", null)]
    [InlineData("digest help", null)]
    [InlineData("digest status", "status")]
    [InlineData("Digest Preview", "preview")]
    public void Digest_actions(string text, string? action) => Assert.Equal(action, Invocation(text).Subcommand?.Name);

    [Fact]
    public void Slash_ask_is_a_question() => Assert.Equal("5G?", Question("/ask 5G?"));

    [Fact]
    public void A_new_declared_command_is_read_from_chat_text_with_its_parameters()
    {
        var echo = new CommandDeclaration("echo", "Say it back.")
        {
            Parameters = [new("times", "How often", ParameterKind.Number, Required: true)],
        };
        var grammar = new ChatGrammar(DeclaredCommands.Set(echo));
        var invocation = Assert.IsType<CommandInvocation>(grammar.Parse("echo 3").Invocation);
        Assert.Same(echo, invocation.Command);
        Assert.Equal("3", invocation.Argument("times"));
        Assert.Equal("ask", grammar.Parse("echo the report").Invocation!.Command.Name);
        Assert.Null(new ChatGrammar(DeclaredCommands.Set()).Parse("/echo 3").Invocation);
    }
}
