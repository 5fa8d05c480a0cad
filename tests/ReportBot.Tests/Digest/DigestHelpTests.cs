using ReportBot.Core.Commands;
using ReportBot.Testing;
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
        var digest = new DigestCommand(h.Store, h.Catalog, Microsoft.Extensions.Options.Options.Create(h.Options), h.Clock);
        var commands = DeclaredCommands.Set();
        var typed = Assert.IsType<CommandInvocation>(new ChatGrammar(commands).Parse("digest foo").Invocation);

        var reply = digest.Handle(new CommandContext(new Turn(Platform.WebChat, "c1", "u1", "digest foo"), typed, commands));

        Assert.Equal(ReplyKind.Help, reply.Kind);
        Assert.StartsWith("“foo” isn't a digest action.", reply.Body);
        Assert.Contains(reply.Items, i => i.StartsWith("digest subscribe", StringComparison.Ordinal));
        Assert.Empty(h.Store.Active());
    }
}
