using System.Collections.Concurrent;
using ReportBot.Core.Conversations;
using ReportBot.Core.Digest;

namespace ReportBot.Tests.Digest;

/// <summary>A platform that records every post with the fake clock's time, and can be told a conversation is gone.</summary>
public sealed class RecordingSender(string platform) : IDigestSender
{
    /// <summary>Whose time the posts are stamped with (the harness's fake clock).</summary>
    public TimeProvider Clock { get; set; } = TimeProvider.System;

    public ConcurrentQueue<(string Conversation, DateTimeOffset At, Reply Message, string Nonce)> Posts { get; } = new();

    public ConcurrentDictionary<string, bool> Gone { get; } = new();

    public bool Serves(string p) => p == platform;

    public Task<DigestSendResult> SendAsync(ConversationAddress address, Reply message, string nonce, CancellationToken cancellationToken)
    {
        if (Gone.ContainsKey(address.ConversationId)) return Task.FromResult(DigestSendResult.Gone("Unknown Channel (404)"));
        Posts.Enqueue((address.ConversationId, Clock.GetUtcNow(), message, nonce));
        return Task.FromResult(DigestSendResult.Sent);
    }

    public IEnumerable<(DateTimeOffset At, Reply Message)> To(string conversation) =>
        Posts.Where(p => p.Conversation == conversation).Select(p => (p.At, p.Message));
}
