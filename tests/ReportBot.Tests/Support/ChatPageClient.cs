using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace ReportBot.Tests.Support;

/// <summary>Talks to a running bot the way the chat page does (<c>POST /api/chat</c>).</summary>
public static class ChatPageClient
{
    /// <summary>Posts <paramref name="body"/> (<c>{conversationId, text}</c> or <c>{conversationId, action}</c>); expects 200 and returns the reply.</summary>
    public static async Task<JsonElement> ChatAsync(this HttpClient client, object body)
    {
        using var response = await client.PostAsJsonAsync("/api/chat", body);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    /// <summary>The reply's kind ("Answer", "NotCovered", "Problem", …) to <paramref name="text"/> typed in <paramref name="conversation"/>.</summary>
    public static async Task<string?> KindAsync(this HttpClient client, string conversation, string text) =>
        (await client.ChatAsync(new { conversationId = conversation, text })).GetProperty("kind").GetString();
}
