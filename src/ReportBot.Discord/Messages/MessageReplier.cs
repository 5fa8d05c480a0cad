using System.Security.Cryptography;
using System.Text;
using ReportBot.Core.Conversations;
using ReportBot.Core.Platforms;
using ReportBot.Discord.Rendering;
using ReportBot.Discord.Rest;
using ReportBot.Discord.Schema;

namespace ReportBot.Discord.Messages;

/// <summary>
/// Answers channel messages that mention the bot, and every message in a DM with it, as a reply to that message.
/// Messages from bots (the bot itself included) are ignored, so two bots can never talk in a loop. Each reply carries
/// a nonce made from the message it answers, with <c>enforce_nonce</c>: when Discord took a post whose answer was
/// lost (a timeout, a cut connection), the client's retry, or the same message replayed on resume, posts nothing new.
/// A message carries no permissions, so in a server channel typed digest commands may not change the subscription
/// (that takes <c>/digest</c>, which does check Manage Channels); in a DM they may.
/// </summary>
public sealed partial class MessageReplier(
    ConversationHandler conversations,
    IDiscordRestClient rest,
    ILogger<MessageReplier> logger)
{
    private volatile string? _selfId;

    /// <summary>The bot's own user id, from READY.</summary>
    public string? SelfId
    {
        get => _selfId;
        set => _selfId = value;
    }

    public async Task HandleAsync(DiscordMessage message, CancellationToken cancellationToken)
    {
        string? self = SelfId;
        if (self is null || message.Author is null || message.Author.Bot == true || message.Author.Id == self) return;
        // Discord always sends both; without them there is no one to answer and nowhere to answer.
        if (string.IsNullOrWhiteSpace(message.Author.Id) || string.IsNullOrWhiteSpace(message.ChannelId)) return;
        bool mentioned = message.Mentions?.Any(u => u.Id == self) == true;
        if (!mentioned && !message.IsDirect) return;

        var turn = new Turn(Platform.DiscordGateway, message.ChannelId, message.Author.Id, MentionText.RemoveMentionsOf(message.Content, self))
        {
            MayConfigure = message.IsDirect,
            // The channel's address, for digests posted here later (as interactions give it too).
            ReturnAddress = new ReturnAddress(message.ChannelId, Verified: true),
        };
        var reply = DiscordReplyRenderer.Render(conversations.Handle(turn)) with
        {
            MessageReference = new MessageReference { MessageId = message.Id, ChannelId = message.ChannelId, FailIfNotExists = false },
            Nonce = Nonce(message),
            EnforceNonce = true,
        };
        try
        {
            await rest.CreateMessageAsync(message.ChannelId, reply, cancellationToken).ConfigureAwait(false);
            Log.Replied(logger, message.ChannelId);
        }
        catch (DiscordRestException e)
        {
            Log.ReplyFailed(logger, message.ChannelId, (int)e.Status, e.Message);
        }
    }

    /// <summary>The same for every attempt at answering one message; at most 25 characters, as Discord requires.</summary>
    internal static string Nonce(DiscordMessage message) => Convert.ToHexStringLower(
        SHA256.HashData(Encoding.UTF8.GetBytes($"reply|{message.ChannelId}|{message.Id}")).AsSpan(0, 10));

    private static partial class Log
    {
        [LoggerMessage(2, LogLevel.Debug, "Replied in channel {ChannelId}")]
        public static partial void Replied(ILogger logger, string channelId);

        [LoggerMessage(1, LogLevel.Warning, "Could not reply in channel {ChannelId}: {Status} {Reason}")]
        public static partial void ReplyFailed(ILogger logger, string channelId, int status, string reason);
    }
}
