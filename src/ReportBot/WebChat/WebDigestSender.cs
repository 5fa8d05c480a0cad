using ReportBot.Core.Conversations;
using ReportBot.Core.Digest;

namespace ReportBot.WebChat;

/// <summary>Posts digests into browser conversations of the chat page (through the outbox it polls).</summary>
public sealed class WebDigestSender(WebChatOutbox outbox) : IDigestSender
{
    public bool Serves(string platform) => platform == Core.Platforms.Platform.WebKey;

    /// <summary>The outbox lives in this process: a post is never in doubt.</summary>
    public bool DeduplicatesResends => true;

    public Task<DigestSendResult> SendAsync(ConversationAddress address, Reply message, string nonce, CancellationToken cancellationToken)
    {
        outbox.Post(address.ConversationId, WebReply.From(message));
        return Task.FromResult(DigestSendResult.Sent);
    }
}
