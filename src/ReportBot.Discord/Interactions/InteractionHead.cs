using System.Text.Json;

namespace ReportBot.Discord.Interactions;

/// <summary>
/// An interaction's top-level <c>id</c> and <c>type</c>, read from the raw body without deserialising the rest, so
/// the replay check can run before any other work. Called only on a body whose signature verified, so the id is
/// Discord's own and nobody else can fill the replay cache with ids.
/// </summary>
internal readonly record struct InteractionHead(string? Id, int? Type)
{
    /// <summary>
    /// False when the body is not a JSON object, or names <c>id</c> or <c>type</c> twice (which one a parser takes
    /// is its own choice; the replay check must see the id that is answered). A non-string id or non-integer type
    /// reads as null.
    /// </summary>
    public static bool TryRead(ReadOnlySpan<byte> body, out InteractionHead head)
    {
        head = default;
        try
        {
            var reader = new Utf8JsonReader(body);
            if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject) return false;
            string? id = null;
            int? type = null;
            bool seenId = false, seenType = false;
            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                bool isId = reader.ValueTextEquals("id"u8), isType = !isId && reader.ValueTextEquals("type"u8);
                if ((isId && seenId) || (isType && seenType)) return false;
                reader.Read();
                if (isId)
                {
                    seenId = true;
                    id = reader.TokenType == JsonTokenType.String ? reader.GetString() : null;
                }
                else if (isType)
                {
                    seenType = true;
                    type = reader.TokenType == JsonTokenType.Number && reader.TryGetInt32(out int t) ? t : null;
                }
                reader.Skip();
            }
            head = new InteractionHead(id, type);
            return true;
        }
        catch (Exception e) when (e is JsonException or InvalidOperationException)
        {
            // Malformed JSON, nesting deeper than the reader allows, or a string that is not valid UTF-8.
            return false;
        }
    }
}
