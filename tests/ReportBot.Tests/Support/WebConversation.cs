using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace ReportBot.Tests.Support;

/// <summary>
/// One chat-page conversation, as the page holds it: the first post carries no id, the reply brings the id the
/// server issued, and every later post sends it back.
/// </summary>
public sealed class WebConversation(HttpClient client)
{
    public string? Id { get; private set; }

    public Task<JsonElement> SayAsync(string text) => SendAsync(new Dictionary<string, object?> { ["text"] = text });

    public Task<JsonElement> PressAsync(string action) => SendAsync(new Dictionary<string, object?> { ["action"] = action });

    /// <summary>The reply's kind ("Answer", "NotCovered", "Problem", …) to <paramref name="text"/>.</summary>
    public async Task<string?> KindAsync(string text) => (await SayAsync(text)).GetProperty("kind").GetString();

    /// <summary>Posts and returns the raw response, for tests of refusals.</summary>
    public async Task<HttpResponseMessage> PostAsync(Dictionary<string, object?> payload)
    {
        if (Id is not null) payload["conversationId"] = Id;
        var response = await client.PostAsJsonAsync("/api/chat", payload);
        if (response.IsSuccessStatusCode)
        {
            // Read once and put back, so the caller can read the body too.
            string body = await response.Content.ReadAsStringAsync();
            using (var reply = JsonDocument.Parse(body))
                if (reply.RootElement.TryGetProperty("conversationId", out var id) && id.GetString() is { } issued) Id = issued;
            response.Content = new StringContent(body, System.Text.Encoding.UTF8, "application/json");
        }
        return response;
    }

    private async Task<JsonElement> SendAsync(Dictionary<string, object?> payload)
    {
        using var response = await PostAsync(payload);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }
}
