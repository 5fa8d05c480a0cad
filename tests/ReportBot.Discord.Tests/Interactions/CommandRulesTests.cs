using ReportBot.Core.Commands;
using ReportBot.Testing;
using ReportBot.Discord.Interactions;
using ReportBot.Discord.Schema;

namespace ReportBot.Discord.Tests.Interactions;

public sealed class CommandRulesTests
{
    private static readonly IReadOnlyList<ApplicationCommand> Registered = SlashCommands.From(DeclaredCommands.All);

    [Fact]
    public void The_registered_commands_follow_discords_rules()
    {
        Assert.Empty(CommandRules.Validate(Registered));
        Assert.Equal(["ask", "pillar", "pillars", "about", "help", "digest"], Registered.Select(c => c.Name));
        Assert.Equal("16", Registered.Single(c => c.Name == "digest").DefaultMemberPermissions);
        Assert.All(Registered.Where(c => c.Name != "digest"), c => Assert.Null(c.DefaultMemberPermissions));
        var number = Registered.Single(c => c.Name == "pillar").Options!.Single();
        Assert.Equal(ApplicationCommandOptionType.Integer, number.Type);
        Assert.True(number.Autocomplete);
        Assert.True(number.Required);
        var digest = Registered.Single(c => c.Name == "digest").Options!;
        Assert.Equal(["subscribe", "unsubscribe", "status", "preview"], digest.Select(o => o.Name));
        Assert.All(digest, o => Assert.Equal(ApplicationCommandOptionType.SubCommand, o.Type));
        var subscribe = digest[0].Options!;
        Assert.Equal(["time", "timezone"], subscribe.Select(o => o.Name));
        Assert.Equal([5, 64], subscribe.Select(o => o.MaxLength ?? 0));
        Assert.Equal([null, true], subscribe.Select(o => o.Autocomplete));
        var question = Registered.Single(c => c.Name == "ask").Options!.Single();
        Assert.Equal((ApplicationCommandOptionType.String, true, 2000), (question.Type, question.Required, question.MaxLength));
    }

    [Fact]
    public void A_newly_declared_command_is_registered_with_its_options()
    {
        var echo = new CommandDeclaration("echo", "Say it back.")
        {
            Parameters = [new("times", "How often", ParameterKind.Number, Required: true), new("words", "What", ParameterKind.Text, MaxLength: 50)],
            Audience = CommandAudience.ConversationManagers,
        };
        var registered = SlashCommands.From(DeclaredCommands.All.Append(echo)).Single(c => c.Name == "echo");
        Assert.Equal("Say it back.", registered.Description);
        Assert.Equal("16", registered.DefaultMemberPermissions);
        Assert.Equal([ApplicationCommandOptionType.Integer, ApplicationCommandOptionType.String], registered.Options!.Select(o => o.Type));
        Assert.Empty(CommandRules.Validate([registered]));
    }

    [Theory]
    [InlineData("Ask", "lower-case")]
    [InlineData("has space", "lower-case")]
    [InlineData("", "lower-case")]
    [InlineData("waytoolongwaytoolongwaytoolongwaytoolong", "lower-case")]
    public void Bad_names_are_reported(string name, string message) =>
        Assert.Contains(CommandRules.Validate([new ApplicationCommand { Name = name, Description = "d" }]), e => e.Contains(message, StringComparison.Ordinal));

    [Fact]
    public void Descriptions_options_and_duplicates_are_checked()
    {
        var errors = CommandRules.Validate(
        [
            new ApplicationCommand { Name = "a", Description = "" },
            new ApplicationCommand { Name = "a", Description = new string('x', 101) },
            new ApplicationCommand
            {
                Name = "b", Description = "d",
                Options =
                [
                    new ApplicationCommandOption { Type = ApplicationCommandOptionType.String, Name = "opt", Description = "o" },
                    new ApplicationCommandOption { Type = ApplicationCommandOptionType.String, Name = "req", Description = "r", Required = true },
                    new ApplicationCommandOption
                    {
                        Type = ApplicationCommandOptionType.Integer, Name = "both", Description = "b", Autocomplete = true,
                        Choices = [new AutocompleteChoice("one", System.Text.Json.JsonSerializer.SerializeToElement(1))],
                    },
                ],
            },
        ]);
        Assert.Contains(errors, e => e.Contains("defined twice", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.Contains("description must be 1–100 characters, not 0", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.Contains("not 101", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.Contains("required options must come before optional ones", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.Contains("autocomplete and choices cannot be combined", StringComparison.Ordinal));
    }
}
