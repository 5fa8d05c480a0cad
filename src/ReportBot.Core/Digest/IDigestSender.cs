using ReportBot.Core.Conversations;

namespace ReportBot.Core.Digest;

/// <summary>
/// Posts a digest into a conversation of one platform, unprompted, using the address stored when the conversation
/// was last seen. Adapters map their own errors to <see cref="DigestSendResult"/> and never throw for them.
/// </summary>
public interface IDigestSender
{
    /// <summary>Whether this sender posts to conversations of <paramref name="platform"/> (<see cref="ConversationAddress.Platform"/>).</summary>
    bool Serves(string platform);

    /// <summary>
    /// Whether the platform drops a resend of a post it already took (Discord, by nonce). Where it can't (Teams), the
    /// runner resends a post that may have arrived at most once.
    /// </summary>
    bool DeduplicatesResends => false;

    /// <summary>
    /// False while the platform can't be posted to at all (its credentials were refused): the runner leaves that
    /// platform's deliveries pending, without counting an attempt, until it can.
    /// </summary>
    bool CanSend => true;

    /// <param name="nonce">The same for every attempt of one delivery, so a platform that dedupes by nonce posts it once.</param>
    Task<DigestSendResult> SendAsync(ConversationAddress address, Reply message, string nonce, CancellationToken cancellationToken);
}
