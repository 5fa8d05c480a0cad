using System.Collections.Concurrent;
using ReportBot.Core.Conversations;

namespace ReportBot.Testing;

public sealed class InMemoryConversationDirectory : IConversationDirectory
{
    private readonly ConcurrentDictionary<(string, string), ConversationAddress> _addresses = new();

    public void Save(ConversationAddress address) => _addresses[(address.Platform, address.ConversationId)] = address;

    public ConversationAddress? Find(string platform, string conversationId) => _addresses.GetValueOrDefault((platform, conversationId));
}
