namespace ReportBot.Core.Conversations;

/// <summary>Stores the latest address of every conversation the bot has seen.</summary>
public interface IConversationDirectory
{
    void Save(ConversationAddress address);

    ConversationAddress? Find(string platform, string conversationId);
}
