namespace ReportBot.Core.Digest;

/// <summary>A conversation (Discord channel, Teams chat or channel, web chat) that gets the daily digest.</summary>
/// <param name="Id">Short stable id.</param>
/// <param name="LastLocalDate">The local date of the latest digest planned for it (sent or still being sent).</param>
/// <param name="Cycle">How many times it has gone through the whole catalogue.</param>
/// <param name="PausedReason">Why posting stopped (the channel is gone, the bot was removed), or null while active.</param>
public sealed record DigestSubscription(
    string Id,
    string Platform,
    string ConversationId,
    DigestTime Time,
    DateOnly? LastLocalDate,
    int Cycle,
    string? PausedReason)
{
    public bool Active => PausedReason is null;

    /// <summary>
    /// The id a conversation's subscription has (and would have, before subscribing): short and stable, so the
    /// rotation a preview shows is the one the subscription will follow.
    /// </summary>
    public static string IdFor(string platform, string conversationId) => Convert.ToHexStringLower(
        System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(platform + "\u001f" + conversationId)).AsSpan(0, 6));
}
