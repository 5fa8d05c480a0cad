using ReportBot.Core.Conversations;
using ReportBot.Teams.Hosting;
using ReportBot.Teams.Schema;

namespace ReportBot.Teams.Tests.Hosting;

public sealed class TeamsTurnsTests
{
    [Fact]
    public void A_channel_message_loses_the_bot_mention_and_keeps_the_question()
    {
        var turn = TeamsTurns.FromActivity(SampleActivities.Load("channel-mention"));
        Assert.Equal("What does the report recommend on 5G?", turn.Text);
        Assert.Equal("msteams", turn.Platform.Key);
        Assert.Equal("19:3f1c2d9e8b7a4c6d@thread.tacv2;messageid=1763630102123", turn.ConversationId);
        Assert.Null(turn.Action);
    }

    [Fact]
    public void Only_the_bots_own_mention_is_removed()
    {
        var activity = SampleActivities.Load("channel-mention") with
        {
            Text = "<at>ReportBot</at> what did <at>Min-jun</at> ask?",
            Entities =
            [
                new Entity { Type = "mention", Text = "<at>ReportBot</at>", Mentioned = new ChannelAccount { Id = "28:0f3c6e1a-2b4d-4e5f-8a9b-1c2d3e4f5a6b" } },
                new Entity { Type = "mention", Text = "<at>Min-jun</at>", Mentioned = new ChannelAccount { Id = "29:someone" } },
            ],
        };
        Assert.Equal("what did <at>Min-jun</at> ask?", MentionText.RemoveBotMention(activity));
    }

    [Fact]
    public void A_personal_message_is_taken_as_typed()
    {
        Assert.Equal("pillar 4", TeamsTurns.FromActivity(SampleActivities.Load("personal-message")).Text);
    }

    [Fact]
    public void A_card_submit_becomes_the_encoded_action()
    {
        var turn = TeamsTurns.FromActivity(SampleActivities.Load("card-submit"));
        Assert.Equal(TurnAction.ShowPillar(5), turn.Action);
        Assert.Null(turn.Text);
    }

    [Fact]
    public void An_adaptive_card_invoke_carries_the_action_in_its_data()
    {
        Assert.Equal(TurnAction.ShowPillar(2), TeamsTurns.FromActivity(SampleActivities.Load("invoke-adaptive-card-action")).Action);
    }

    [Fact]
    public void A_forged_or_stale_action_is_kept_as_unknown_not_guessed()
    {
        var activity = SampleActivities.Load("card-submit") with { Value = System.Text.Json.JsonDocument.Parse("""{"reportbot":"drop:tables"}""").RootElement };
        var turn = TeamsTurns.FromActivity(activity);
        Assert.Null(turn.Action);
        Assert.Equal("drop:tables", turn.UnknownAction);
    }

    [Fact]
    public void Conversation_update_knows_when_the_bot_itself_was_added()
    {
        var added = SampleActivities.Load("conversation-update-bot-added");
        Assert.True(TeamsTurns.BotWasAdded(added));
        Assert.False(TeamsTurns.BotWasAdded(added with { MembersAdded = [new ChannelAccount { Id = "29:someone-else" }] }));
    }

    [Fact]
    public void The_reference_keeps_what_a_later_post_needs()
    {
        var reference = TeamsTurns.Reference(SampleActivities.Load("channel-mention"), "https://smba.trafficmanager.net/apac/");
        Assert.Equal("72f988bf-86f1-41af-91ab-2d7cd011db47", reference.TenantId);
        Assert.Equal("msteams", reference.ChannelId);
        Assert.Equal("28:0f3c6e1a-2b4d-4e5f-8a9b-1c2d3e4f5a6b", reference.Bot!.Id);
        Assert.Equal("https://smba.trafficmanager.net/apac/", reference.ServiceUrl);
    }

    [Fact]
    public void A_reply_is_addressed_back_to_the_sender_in_the_same_conversation()
    {
        var inbound = SampleActivities.Load("personal-message");
        var reply = TeamsTurns.AddressReply(new Activity { Type = "message", Text = "hi" }, inbound);
        Assert.Equal(inbound.From, reply.Recipient);
        Assert.Equal(inbound.Recipient, reply.From);
        Assert.Equal(inbound.Conversation, reply.Conversation);
        Assert.Equal(inbound.Id, reply.ReplyToId);
    }
}
