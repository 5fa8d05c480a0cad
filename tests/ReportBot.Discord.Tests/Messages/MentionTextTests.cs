using ReportBot.Discord.Messages;

namespace ReportBot.Discord.Tests.Messages;

public sealed class MentionTextTests
{
    [Theory]
    [InlineData("<@42> what about 5G?", "what about 5G?")]
    [InlineData("<@!42> what about 5G?", "what about 5G?")]
    [InlineData("what about <@42> 5G?", "what about 5G?")]
    [InlineData("<@43> <@42> hi", "<@43> hi")]
    [InlineData("", "")]
    [InlineData(null, "")]
    public void Only_the_bots_own_mentions_are_removed(string? content, string expected) =>
        Assert.Equal(expected, MentionText.RemoveMentionsOf(content, "42"));
}
