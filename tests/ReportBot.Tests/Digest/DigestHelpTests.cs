using ReportBot.Core.Conversations;
using ReportBot.Core.Digest;
using ReportBot.Core.Platforms;

namespace ReportBot.Tests.Digest;

public sealed class DigestHelpTests
{
    [Fact]
    public void Digest_with_a_word_that_is_no_action_says_so_and_shows_what_digest_does()
    {
        using var h = new DigestHarness(new DateTimeOffset(2026, 12, 3, 8, 0, 0, TimeSpan.Zero));
        var commands = new DigestCommands(h.Store, h.Catalog, Microsoft.Extensions.Options.Options.Create(h.Options), h.Clock);
        var typed = ChatCommandParser.Parse("digest foo");

        var reply = commands.Handle(new Turn(Platform.WebChat, "c1", "u1", "digest foo"), Assert.IsType<ChatCommand.Digest>(typed));

        Assert.Equal(ReplyKind.Help, reply.Kind);
        Assert.StartsWith("“foo” isn't a digest action.", reply.Body);
        Assert.Contains(reply.Items, i => i.StartsWith("digest subscribe", StringComparison.Ordinal));
        Assert.Empty(h.Store.Active());
    }
}
