using System.Collections.Concurrent;
using System.Globalization;
using ReportBot.Core.Conversations;

namespace ReportBot.State;

/// <summary>
/// The latest address of each conversation, one row per platform and conversation id. Every incoming message
/// saves its address, so an unchanged one is recognised in memory and not written again.
/// </summary>
public sealed class SqliteConversationDirectory(StateDatabase database) : IConversationDirectory
{
    private const int MaxRemembered = 50_000;
    private readonly ConcurrentDictionary<(string Platform, string Id), (string Reference, bool Verified)> _written = new();

    private readonly Lock _writing = new();

    public void Save(ConversationAddress address)
    {
        var key = (address.Platform, address.ConversationId);
        if (_written.TryGetValue(key, out var known) && known == (address.Reference, address.Verified)) return;
        // Check, write and remember as one step, so the cache never holds a newer reference than the file.
        lock (_writing)
        {
            if (_written.TryGetValue(key, out known) && known == (address.Reference, address.Verified)) return;
            Write(address);
            if (_written.Count >= MaxRemembered) _written.Clear();
            _written[key] = (address.Reference, address.Verified);
        }
    }

    private void Write(ConversationAddress address)
    {
        using var connection = database.Open();
        using var command = connection.CreateCommand();
        command.CommandText = """
            INSERT INTO conversations (platform, conversation_id, reference, verified, updated_utc)
            VALUES ($platform, $id, $reference, $verified, $updated)
            ON CONFLICT (platform, conversation_id) DO UPDATE SET
                reference = excluded.reference, verified = excluded.verified, updated_utc = excluded.updated_utc
            """;
        command.Parameters.AddWithValue("$platform", address.Platform);
        command.Parameters.AddWithValue("$id", address.ConversationId);
        command.Parameters.AddWithValue("$reference", address.Reference);
        command.Parameters.AddWithValue("$verified", address.Verified ? 1 : 0);
        command.Parameters.AddWithValue("$updated", address.Updated.ToString("O", CultureInfo.InvariantCulture));
        command.ExecuteNonQuery();
    }

    public ConversationAddress? Find(string platform, string conversationId)
    {
        using var connection = database.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT reference, verified, updated_utc FROM conversations WHERE platform = $platform AND conversation_id = $id";
        command.Parameters.AddWithValue("$platform", platform);
        command.Parameters.AddWithValue("$id", conversationId);
        using var reader = command.ExecuteReader();
        if (!reader.Read()) return null;
        return new ConversationAddress(platform, conversationId, reader.GetString(0), reader.GetInt64(1) != 0,
            DateTimeOffset.Parse(reader.GetString(2), CultureInfo.InvariantCulture));
    }
}
