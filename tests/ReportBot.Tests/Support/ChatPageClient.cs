using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace ReportBot.Tests.Support;

/// <summary>Talks to a running bot the way the chat page does (<c>POST /api/chat</c>).</summary>
public static class ChatPageClient
{
    /// <summary>Posts <paramref name="body"/> as it is; expects 200 and returns the reply.</summary>
    public static async Task<JsonElement> ChatAsync(this HttpClient client, object body)
    {
        using var response = await client.PostAsJsonAsync("/api/chat", body);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    /// <summary>A new chat-page conversation on <paramref name="client"/>: its id is issued with the first reply.</summary>
    public static WebConversation Conversation(this HttpClient client) => new(client);
}
