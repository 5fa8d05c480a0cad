using System.Text.Json;

namespace ReportBot.Testing;

/// <summary>One request the fake Discord REST API received, with what it answered.</summary>
/// <param name="Path">The decoded path below the API prefix, e.g. <c>/channels/1/messages</c>.</param>
/// <param name="RawPath">The path below the prefix exactly as sent (escaping intact).</param>
/// <param name="Body">The JSON body, if there was one.</param>
/// <param name="At">Arrival time, from the state's <see cref="TimeProvider"/>.</param>
/// <param name="Status">What the fake answered; 0 when it hung or dropped the connection instead.</param>
/// <param name="Scripted">True when the answer came from <see cref="FakeDiscordRestState.Script"/>.</param>
public sealed record FakeDiscordRestRequest(
    FakeDiscordRestRoute Route,
    string Method,
    string Path,
    string RawPath,
    string Query,
    IReadOnlyDictionary<string, string> Headers,
    JsonElement? Body,
    DateTimeOffset At,
    int Status,
    bool Scripted)
{
    public string? Header(string name) => Headers.TryGetValue(name, out string? value) ? value : null;

    public string? Authorization => Header("Authorization");

    public string? UserAgent => Header("User-Agent");

    public string? ContentType => Header("Content-Type");

    /// <summary>A 429 the fake sent by itself because the client ignored a limit (not scripted).</summary>
    public bool IsUnscriptedRateLimit => Status == 429 && !Scripted;
}
