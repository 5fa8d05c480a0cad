using FsCheck;
using FsCheck.Fluent;
using ReportBot.Core.Answers;
using ReportBot.Core.Conversations;
using ReportBot.Discord.Rendering;
using ReportBot.Discord.Schema;

namespace ReportBot.Discord.Tests.Rendering;

public sealed class DiscordReplyRendererTests
{
    private static readonly string[] Vocabulary =
        ["alliance", "North", "Korea’s", "**bold**", "5G", "*", "_", "~~", "`", "|", "\\", "@everyone", "<@123>", "#", "[x](y)", "Pyongyang", "—", "“quote”"];

    private static Gen<string> Words(int max) =>
        Gen.Choose(0, max).SelectMany(n => Gen.ArrayOf(Gen.Elements(Vocabulary), n)).Select(w => string.Join(' ', w));

    private static Gen<Excerpt> Excerpts =>
        from text in Words(700)
        from rank in Gen.Choose(1, 50)
        from page in Gen.Choose(1, 300)
        from pillarCount in Gen.Choose(0, 6)
        from title in Words(60)
        select new Excerpt(rank, "p" + rank, text, text, 1.0, new Citation("Section " + title, page, null),
            Enumerable.Range(1, pillarCount).Select(n => new PillarRef(n, title)).ToList());

    private static Gen<Reply> Replies =>
        from kind in Gen.Elements(Enum.GetValues<ReplyKind>())
        from title in Words(120)
        from body in Words(1500)
        from excerpts in Gen.Choose(0, 30).SelectMany(n => Gen.ListOf(Excerpts, n))
        from items in Gen.Choose(0, 40).SelectMany(n => Gen.ListOf(Words(20), n))
        from buttons in Gen.Choose(0, 40)
        select new Reply(kind, title, body, excerpts.ToList(),
            Enumerable.Range(1, buttons).Select(i => new ReplyButton(new string('B', i * 3), TurnAction.ShowPillar(i))).ToList())
        {
            Items = items.ToList(),
            Confidence = 0.5,
            Quote = body.Length % 2 == 0 ? null : new Quote(body, new Citation("Executive Summary", 4, 5), []),
        };

    [Fact]
    public void Every_rendered_message_stays_inside_discords_limits()
    {
        Prop.ForAll(Replies.ToArbitrary(), reply =>
        {
            var message = DiscordReplyRenderer.Render(reply);
            var embed = Assert.Single(message.Embeds!);
            Assert.InRange(embed.Title?.Length ?? 0, 0, DiscordLimits.EmbedTitle);
            Assert.InRange(embed.Description?.Length ?? 0, 0, DiscordLimits.EmbedDescription);
            Assert.InRange(embed.Fields?.Count ?? 0, 0, DiscordLimits.EmbedFields);
            Assert.All(embed.Fields ?? [], f => Assert.InRange(f.Name.Length, 1, DiscordLimits.FieldName));
            Assert.All(embed.Fields ?? [], f => Assert.InRange(f.Value.Length, 1, DiscordLimits.FieldValue));
            Assert.InRange(embed.Footer?.Text.Length ?? 0, 0, DiscordLimits.FooterText);
            Assert.InRange(DiscordReplyRenderer.Length(embed), 0, DiscordLimits.EmbedTotal);
            Assert.InRange(message.Components?.Count ?? 0, 0, DiscordLimits.ActionRows);
            Assert.All(message.Components ?? [], row => Assert.InRange(row.Components!.Count, 1, DiscordLimits.ButtonsPerRow));
            Assert.All((message.Components ?? []).SelectMany(r => r.Components!), b => Assert.InRange(b.Label!.Length, 1, DiscordLimits.ButtonLabel));
            Assert.All((message.Components ?? []).SelectMany(r => r.Components!), b => Assert.InRange(b.CustomId!.Length, 1, DiscordLimits.CustomId));
            Assert.Empty(message.AllowedMentions.Parse);
            Assert.False(message.AllowedMentions.RepliedUser);
        }).QuickCheckThrowOnFailure();
    }

    [Fact]
    public void A_trimmed_excerpt_ends_at_a_word_with_an_ellipsis_and_its_bold_closed()
    {
        Prop.ForAll(Words(1500).ToArbitrary(), Gen.Choose(20, 1000).ToArbitrary(), (text, max) =>
        {
            string cut = DiscordText.Truncate(text, max);
            Assert.InRange(cut.Length, 0, Math.Max(max, text.Length <= max ? text.Length : max));
            if (text.Length <= max) Assert.Equal(text, cut);
            else
            {
                Assert.EndsWith(DiscordText.Ellipsis, cut);
                Assert.Equal(0, UnescapedBoldMarkers(cut) % 2);
                Assert.False(cut[..^1].EndsWith('\\') && !cut[..^1].EndsWith("\\\\", StringComparison.Ordinal));
            }
        }).QuickCheckThrowOnFailure();
    }

    [Fact]
    public void User_text_cannot_format_or_ping()
    {
        var reply = Reply.Problem("Unknown command “/**x** @everyone <@1>”", "You typed `code` and > a quote");
        var embed = Assert.Single(DiscordReplyRenderer.Render(reply).Embeds!);
        Assert.DoesNotContain("**x**", embed.Description ?? "");
        Assert.Contains(@"\`code\`", embed.Description);
        Assert.Contains(@"\@everyone", DiscordText.Escape("@everyone"));
    }

    [Fact]
    public void Problems_and_help_can_be_private_answers_are_public()
    {
        Assert.Equal(MessageParams.EphemeralFlag, DiscordReplyRenderer.Render(Reply.Problem("x", "y"), ephemeral: true).Flags);
        Assert.Null(DiscordReplyRenderer.Render(Reply.Problem("x", "y")).Flags);
    }

    [Fact]
    public void Six_pillar_buttons_become_two_rows_and_none_is_dropped()
    {
        var pillars = Enumerable.Range(1, 6).Select(n => new Core.Documents.FrameworkItem(n, $"Title {n}", $"Statement {n}", $"p{n}")).ToList();

        var message = DiscordReplyRenderer.Render(PillarReplies.List(pillars));

        var rows = message.Components!;
        Assert.Equal([5, 1], rows.Select(r => r.Components!.Count));
        Assert.Equal(Enumerable.Range(1, 6).Select(n => $"Pillar {n}"), rows.SelectMany(r => r.Components!).Select(b => b.Label));
    }

    private static int UnescapedBoldMarkers(string text)
    {
        int count = 0;
        for (int i = 0; i < text.Length; i++)
        {
            if (text[i] == '\\') { i++; continue; }
            if (text[i] == '*' && i + 1 < text.Length && text[i + 1] == '*') { count++; i++; }
        }
        return count;
    }
}
