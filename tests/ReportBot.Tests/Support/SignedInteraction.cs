using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using ReportBot.Testing;

namespace ReportBot.Tests.Support;

/// <summary>Discord interactions as Discord sends them to <c>/discord/interactions</c>: fresh, signed, each with its own id.</summary>
public static class SignedInteraction
{
    private static int _next;

    /// <summary>A slash command in <paramref name="channel"/> by a member with <paramref name="permissions"/>.</summary>
    public static object Command(string channel, string name, object[]? options = null, string permissions = "0")
    {
        int n = Interlocked.Increment(ref _next);
        return new
        {
            type = 2, id = "13130000000000" + n, application_id = FakeDiscord.ApplicationId, token = "interaction-token-" + n, version = 1,
            channel_id = channel, guild_id = "290926798626357999",
            member = new { user = new { id = "53908232506183680", username = "Mason" }, permissions },
            data = new { id = "9", name, type = 1, options = options ?? [] },
        };
    }

    /// <summary>Posts <paramref name="interaction"/> signed with <paramref name="keys"/> now; returns the response.</summary>
    public static async Task<HttpResponseMessage> SendAsync(this HttpClient client, DiscordTestKeys keys, object interaction)
    {
        string body = JsonSerializer.Serialize(interaction);
        string timestamp = DiscordTestKeys.Timestamp(DateTimeOffset.UtcNow);
        using var request = new HttpRequestMessage(HttpMethod.Post, "/discord/interactions") { Content = new StringContent(body, Encoding.UTF8, "application/json") };
        request.Headers.TryAddWithoutValidation("X-Signature-Ed25519", keys.Sign(timestamp, body));
        request.Headers.TryAddWithoutValidation("X-Signature-Timestamp", timestamp);
        return await client.SendAsync(request);
    }

    /// <summary>Posts, expects 200, and returns the response's <c>data</c>.</summary>
    public static async Task<JsonElement> AnswerAsync(this HttpClient client, DiscordTestKeys keys, object interaction)
    {
        using var response = await client.SendAsync(keys, interaction);
        Assert.Equal(System.Net.HttpStatusCode.OK, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("data");
    }
}
