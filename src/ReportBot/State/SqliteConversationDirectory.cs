using System.Collections.Concurrent;
using System.Globalization;
using ReportBot.Core.Conversations;

namespace ReportBot.State;

/// <summary>
/// The latest address of each conversation, one row per platform and conversation id. Every incoming message saves
/// its address, so saving must never hold up or fail an answer: a changed address is kept in memory at once (so
/// <see cref="Find"/> sees it) and written through the <see cref="StateWriteQueue"/>; an unchanged one costs nothing.
/// </summary>
public sealed class SqliteConversationDirectory(StateDatabase database, StateWriteQueue writes) : IConversationDirectory
{
    private const int MaxRemembered = 50_000;
    private readonly ConcurrentDictionary<(string Platform, string Id), ConversationAddress> _latest = new();

    public void Save(ConversationAddress address)
    {
        var key = (address.Platform, address.ConversationId);
        if (_latest.TryGetValue(key, out var known) && known.Reference == address.Reference && known.Verified == address.Verified) return;
        if (_latest.Count >= MaxRemembered) _latest.Clear();
        _latest[key] = address;
        writes.Enqueue($"conversation\u001f{address.Platform}\u001f{address.ConversationId}", (connection, transaction) => connection.NonQuery(transaction, """
            INSERT INTO conversations (platform, conversation_id, reference, verified, updated_utc)
            VALUES ($platform, $id, $reference, $verified, $updated)
            ON CONFLICT (platform, conversation_id) DO UPDATE SET
                reference = excluded.reference, verified = excluded.verified, updated_utc = excluded.updated_utc
            """,
            ("$platform", address.Platform), ("$id", address.ConversationId), ("$reference", address.Reference),
            ("$verified", address.Verified ? 1 : 0), ("$updated", SqlCommands.Utc(address.Updated))));
    }

    public ConversationAddress? Find(string platform, string conversationId)
    {
        if (_latest.TryGetValue((platform, conversationId), out var latest)) return latest;
        return database.Query("SELECT reference, verified, updated_utc FROM conversations WHERE platform = $platform AND conversation_id = $id",
            r => new ConversationAddress(platform, conversationId, r.GetString(0), r.GetInt64(1) != 0,
                DateTimeOffset.Parse(r.GetString(2), CultureInfo.InvariantCulture)),
            ("$platform", platform), ("$id", conversationId)).FirstOrDefault();
    }
}
