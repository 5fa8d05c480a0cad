using ReportBot.Discord.Interactions;
using ReportBot.Discord.Schema;

namespace ReportBot.Discord.Tests.Interactions;

public sealed class CommandRulesTests
{
    [Fact]
    public void The_registered_commands_follow_discords_rules()
    {
        Assert.Empty(CommandRules.Validate(CommandCatalog.All));
        Assert.Equal(["ask", "pillar", "pillars", "about", "help", "digest"], CommandCatalog.All.Select(c => c.Name));
        Assert.Equal("16", CommandCatalog.All.Single(c => c.Name == "digest").DefaultMemberPermissions);
        var number = CommandCatalog.All.Single(c => c.Name == "pillar").Options!.Single();
        Assert.Equal(ApplicationCommandOptionType.Integer, number.Type);
        Assert.True(number.Autocomplete);
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
