using System.Collections.Concurrent;

namespace ReportBot.WebChat;

/// <summary>
/// Messages the bot posts into a browser conversation on its own (the daily digest), kept in memory until the page
/// fetches them. The chat page is for trying the bot locally, so they do not survive a restart.
/// </summary>
public sealed class WebChatOutbox
{
    private const int MaxPerConversation = 50;
    private readonly ConcurrentDictionary<string, List<(long Sequence, WebReply Reply)>> _messages = new();
    private long _sequence;

    public void Post(string conversationId, WebReply reply)
    {
        var list = _messages.GetOrAdd(conversationId, _ => []);
        lock (list)
        {
            list.Add((Interlocked.Increment(ref _sequence), reply));
            if (list.Count > MaxPerConversation) list.RemoveAt(0);
        }
    }

    /// <summary>Messages after <paramref name="after"/> (a sequence number the page got before), oldest first.</summary>
    public IReadOnlyList<(long Sequence, WebReply Reply)> After(string conversationId, long after)
    {
        if (!_messages.TryGetValue(conversationId, out var list)) return [];
        lock (list) return list.Where(m => m.Sequence > after).ToList();
    }
}
