using ReportBot.Core.Conversations;
using ReportBot.Core.Digest;
using ReportBot.Core.Platforms;
using ReportBot.Discord.Rendering;
using ReportBot.Discord.Rest;

namespace ReportBot.Discord.Digest;

/// <summary>
/// Posts digests to Discord channels through the rate-limit-aware REST client. Every attempt of one delivery carries
/// the same nonce with <c>enforce_nonce</c>, so Discord posts a resend after a crash only once.
/// </summary>
public sealed class DiscordDigestSender(IDiscordRestClient rest, BotTokenStatus token) : IDigestSender
{
    public bool Serves(string platform) => platform == Platform.DiscordKey;

    /// <summary>Discord drops a resend carrying the same nonce (<c>enforce_nonce</c>).</summary>
    public bool DeduplicatesResends => true;

    /// <summary>Not while Discord refuses the bot token: deliveries wait for a new one instead of using up their attempts.</summary>
    public bool CanSend => !token.Refused;

    public async Task<DigestSendResult> SendAsync(ConversationAddress address, Reply message, string nonce, CancellationToken cancellationToken)
    {
        // Only a channel id that came through a verified Discord door (a signed interaction, the gateway) is posted to
        // with the bot token; an address stored any other way (an older version took the platform from payloads) is not.
        if (address.Platform != Platform.DiscordKey || !address.Verified)
            return DigestSendResult.Gone("the channel was never seen through Discord itself");
        var rendered = DiscordReplyRenderer.Render(message) with { Nonce = nonce, EnforceNonce = true };
        try
        {
            await rest.CreateMessageAsync(address.ConversationId, rendered, cancellationToken).ConfigureAwait(false);
            return DigestSendResult.Sent;
        }
        catch (DiscordRestException e) when (e.IsPermanent)
        {
            return DigestSendResult.Gone($"Discord answered {(int)e.Status}: the channel is gone or the bot may not post there");
        }
        catch (DiscordRestException e)
        {
            return DigestSendResult.Retry($"Discord answered {(int)e.Status}: {e.Message}");
        }
    }
}
