using System.Net;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using ReportBot.Core.Conversations;
using ReportBot.Core.Digest;
using ReportBot.Testing;
using ReportBot.Tests.Support;

namespace ReportBot.Tests.TrustBoundaries;

/// <summary>
/// Finding 8: text from upstream is not stored as received. An error body that echoes the bot token puts it in no
/// log line and no row of the state file; a 401 (the token was revoked) stops all use of the token at once.
/// </summary>
public sealed class UpstreamSecretTests : IAsyncLifetime
{
    private const string Channel = "1500000000000000001";
    private readonly CapturingLoggerProvider _logs = new();
    private FakeDiscord _discord = null!;
    private TestBotHost _host = null!;

    public async Task InitializeAsync()
    {
        _discord = await FakeDiscord.StartAsync();
        var settings = _discord.Settings(gateway: false);
        settings["Logging:LogLevel:Default"] = "Debug";
        settings["Discord:Rest:RetryDelay"] = "00:00:00.010";
        settings["Digest:CheckInterval"] = "00:10:00"; // the test runs every pass itself
        _host = await TestBotHost.StartAsync(settings, builder => builder.Logging.AddProvider(_logs));
        var services = _host.App.Services;
        services.GetRequiredService<IConversationDirectory>().Save(new ConversationAddress("discord", Channel, Channel, Verified: true, DateTimeOffset.UtcNow));
        services.GetRequiredService<IDigestStore>().Subscribe("discord", Channel, new DigestTime(new TimeOnly(0, 0), "UTC"), "u", DateTimeOffset.UtcNow);
        _host.FlushStateWrites();
        Execute("UPDATE digest_subscriptions SET last_local_date = date('now', '-1 day')");
    }

    public async Task DisposeAsync()
    {
        await _host.DisposeAsync();
        await _discord.DisposeAsync();
    }

    private void Execute(string sql)
    {
        using var connection = new SqliteConnection($"Data Source={Path.Combine(_host.DataPath, "reportbot.db")};Pooling=False");
        connection.Open();
        using var command = new SqliteCommand(sql, connection);
        command.ExecuteNonQuery();
    }

    private string StoredErrors()
    {
        using var connection = new SqliteConnection($"Data Source={Path.Combine(_host.DataPath, "reportbot.db")};Mode=ReadOnly;Pooling=False");
        connection.Open();
        using var command = new SqliteCommand("SELECT coalesce(group_concat(error, ' | '), '') FROM digest_deliveries", connection);
        return (string)command.ExecuteScalar()!;
    }

    private Task<int> RunDigestAsync() => _host.App.Services.GetRequiredService<DigestRunner>().RunOnceAsync(CancellationToken.None);

    [Fact]
    public async Task An_error_body_echoing_the_token_reaches_neither_the_logs_nor_the_state_file()
    {
        _discord.Rest.Script(FakeDiscordRestRoute.CreateMessage,
            FakeDiscordRestReply.Error(400, 50035, $"Invalid Form Body: you sent Authorization: Bot {FakeDiscord.BotToken} and {FakeDiscord.BotToken}"));
        Assert.Equal(0, await RunDigestAsync());

        string errors = StoredErrors();
        Assert.Contains("Discord answered 400", errors);
        Assert.DoesNotContain(FakeDiscord.BotToken, errors, StringComparison.Ordinal);
        Assert.Contains(_logs.Entries, e => e.Message.Contains("Invalid Form Body", StringComparison.Ordinal));
        Assert.DoesNotContain(_logs.Entries, e => e.Message.Contains(FakeDiscord.BotToken, StringComparison.Ordinal)
            || (e.Exception?.ToString().Contains(FakeDiscord.BotToken, StringComparison.Ordinal) ?? false));
    }

    [Fact]
    public async Task A_401_stops_every_use_of_the_token_and_readiness_says_so()
    {
        _discord.Rest.Script(FakeDiscordRestRoute.CreateMessage, FakeDiscordRestReply.Unauthorized(), times: 100);
        Assert.Equal(0, await RunDigestAsync());
        for (int pass = 0; pass < 5; pass++) await RunDigestAsync();

        Assert.Single(_discord.Rest.RequestsTo(FakeDiscordRestRoute.CreateMessage)); // no retry, no further attempt
        Assert.Single(_logs.Entries, e => e.Level == LogLevel.Critical && e.Message.Contains("refused the bot token", StringComparison.Ordinal));

        using var readiness = await _host.Client.GetAsync("/readyz");
        Assert.Equal(HttpStatusCode.ServiceUnavailable, readiness.StatusCode);
        Assert.Contains("discord-token: Unhealthy — Discord refused the bot token", await readiness.Content.ReadAsStringAsync());

        // The day's delivery waits for a new token instead of using up its attempts (the 401 itself is not counted).
        using var connection = new SqliteConnection($"Data Source={Path.Combine(_host.DataPath, "reportbot.db")};Mode=ReadOnly;Pooling=False");
        connection.Open();
        using var command = new SqliteCommand("SELECT state || ':' || attempts FROM digest_deliveries", connection);
        Assert.Equal("Pending:0", command.ExecuteScalar());
    }
}
