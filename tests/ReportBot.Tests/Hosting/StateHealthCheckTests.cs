using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Time.Testing;
using ReportBot.Tests.Support;

namespace ReportBot.Tests.Hosting;

/// <summary>
/// <c>/readyz</c> while the bot runs: the state check runs SQLite's quick_check now and then (not on every probe) and
/// reports a damaged file as unhealthy, with the reason.
/// </summary>
public sealed class StateHealthCheckTests
{
    [Fact]
    public async Task A_page_damaged_while_running_makes_readyz_unhealthy_once_the_cached_check_is_due()
    {
        var clock = new FakeTimeProvider(DateTimeOffset.UtcNow);
        await using var host = await TestBotHost.StartAsync(configure: builder => builder.Services.AddSingleton<TimeProvider>(clock));
        string path = StateFiles.PathIn(host.DataPath);
        using (var connection = StateFiles.OpenRaw(path))
        {
            StateFiles.Execute(connection, "PRAGMA busy_timeout = 5000;");
            for (int i = 0; i < 400; i++)
                StateFiles.Execute(connection, $"INSERT INTO answer_log VALUES ('a{i}', 'web', 'question number {i} about the report and its many findings', 'answered', 0.5, '[]', 0, '2025-01-01T00:00:00Z');");
            Assert.Equal(0L, StateFiles.Scalar(connection, "PRAGMA wal_checkpoint(TRUNCATE)"));
        }
        Assert.Equal(HttpStatusCode.OK, (await host.Client.GetAsync("/readyz")).StatusCode);

        DamageAnswerLogRoot(path);
        Assert.NotEqual("ok", StateFiles.QuickCheck(path));

        // Still the result of the last quick_check: probes do not each read the whole file.
        Assert.Equal(HttpStatusCode.OK, (await host.Client.GetAsync("/readyz")).StatusCode);

        clock.Advance(TimeSpan.FromMinutes(5) + TimeSpan.FromSeconds(1));
        Assert.Equal(HttpStatusCode.ServiceUnavailable, (await host.Client.GetAsync("/readyz")).StatusCode);
        var state = (await host.App.Services.GetRequiredService<HealthCheckService>().CheckHealthAsync()).Entries["state"];
        Assert.Equal(HealthStatus.Unhealthy, state.Status);
        Assert.Contains(path, state.Description);
        Assert.Contains("quick_check", state.Description);
    }

    private static void DamageAnswerLogRoot(string path)
    {
        long page, pageSize;
        using (var connection = StateFiles.OpenRaw(path))
        {
            page = (long)StateFiles.Scalar(connection, "SELECT rootpage FROM sqlite_master WHERE name = 'answer_log'")!;
            pageSize = (long)StateFiles.Scalar(connection, "PRAGMA page_size")!;
        }
        using var file = new FileStream(path, FileMode.Open, FileAccess.Write, FileShare.ReadWrite);
        file.Position = (page - 1) * pageSize;
        file.Write(Enumerable.Repeat((byte)0x5A, (int)pageSize).ToArray());
    }
}
