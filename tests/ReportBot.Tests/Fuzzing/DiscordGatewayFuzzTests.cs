using System.Diagnostics;
using System.Net;
using System.Text.Json.Nodes;
using System.Text.Unicode;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Hosting;
using ReportBot.Discord.Gateway;
using ReportBot.Discord.Messages;
using ReportBot.Testing;
using ReportBot.Testing.Fuzzing;
using ReportBot.Tests.Support;
using Xunit.Abstractions;

namespace ReportBot.Tests.Fuzzing;

/// <summary>
/// The real host on a fake Discord gateway: thousands of mutated frames (the envelope and the dispatch data of
/// MESSAGE_CREATE, INTERACTION_CREATE, READY and events the bot ignores; bytes that are not JSON or not UTF-8).
/// No handler may fail with an error, the session must survive them all, and a DM afterwards is still answered.
/// </summary>
public sealed class DiscordGatewayFuzzTests(ITestOutputHelper output)
{
    /// <summary>Not a limit of the gateway (it takes up to 16 MiB): the size "huge" values are made around.</summary>
    private const int FrameSize = 256 * 1024;

    [Fact]
    public async Task Gateway_handler_survives_2500_mutated_frames_on_one_session()
    {
        int seed = FuzzSeed.Value;
        output.WriteLine($"seed {seed} ({FuzzSeed.Variable})");
        await using var discord = await FakeDiscord.StartAsync();
        discord.Rest.DefaultRateLimit = 1_000_000; // the fake's buckets must not make the bot wait: this is about parsing
        var errors = new ErrorLogCapture();
        await using var host = await TestBotHost.StartAsync(discord.Settings(), builder => builder.Logging.AddProvider(errors));
        var connection = await discord.Gateway.WaitForConnectionAsync(1);
        await connection.WaitForFrameAsync(2);
        await host.WaitForDiscordGatewayAsync();
        Assert.NotNull(host.App.Services.GetRequiredService<MessageReplier>().SelfId);

        var mutator = new PayloadMutator(seed + 3, FrameSize);
        var templates = DispatchTemplates.All(discord.Rest.BotUserId);
        var findings = new FuzzFindings(seed);
        var clock = Stopwatch.StartNew();
        int binary = 0;
        for (int i = 0; i < 2_500; i++)
        {
            var payload = mutator.Create(i, templates[i % templates.Count]);
            // A text frame must be UTF-8 (the client's WebSocket drops the connection otherwise); Discord's
            // compressed transports use binary frames, which the client reads the same way.
            bool asBinary = !Utf8.IsValid(payload.Bytes);
            if (asBinary) binary++;
            await connection.SendRawAsync(payload.Bytes, asBinary);
        }

        // Frames are read in order: once a DM sent after them all is answered, every one of them was handled.
        const string sentinelChannel = "1999999999999999999";
        var sentinel = FakeDiscordGatewayPayloads.MessageCreate("pillar 4", guildId: null, channelId: sentinelChannel, authorId: "1888888888888888888");
        await connection.SendRawAsync(System.Text.Encoding.UTF8.GetBytes(new JsonObject { ["op"] = 0, ["s"] = 9999, ["t"] = "MESSAGE_CREATE", ["d"] = sentinel }.ToJsonString()));
        try
        {
            await discord.Rest.WaitUntilAsync(() => discord.Rest.Messages.Any(m => m.ChannelId == sentinelChannel), () => "no answer to the sentinel DM",
                TimeSpan.FromSeconds(30));
        }
        catch (TimeoutException)
        {
            findings.Add("a DM sent after the frames was never answered");
        }
        if (discord.Gateway.Connections.Count != 1)
            findings.Add($"the session did not survive: {discord.Gateway.Connections.Count} connections, first closed with {connection.ClientCloseCode}");
        var status = host.App.Services.GetRequiredService<DiscordGatewayClient>().Status;
        if (status.State != GatewayState.Connected) findings.Add($"the gateway is {status.State}: {status.Reason}");
        var readyz = await host.Client.GetAsync("/readyz");
        if (readyz.StatusCode != HttpStatusCode.OK || await readyz.Content.ReadAsStringAsync() != "Healthy")
            findings.Add($"/readyz answered {(int)readyz.StatusCode} {await readyz.Content.ReadAsStringAsync()}");

        // Handlers may still be running: stopping the gateway waits for every one of them (the client drains its
        // handlers before it returns), so what they logged or made unhealthy is all there afterwards.
        await host.App.Services.GetServices<IHostedService>().OfType<DiscordGatewayService>().Single().StopAsync(CancellationToken.None);
        output.WriteLine($"2,500 frames ({binary} binary) in {clock.Elapsed.TotalSeconds:0.0} s; {discord.Rest.Requests.Count} requests reached Discord");
        // The same readiness checks as /readyz but the gateway's, which says stopped now.
        var after = await host.App.Services.GetRequiredService<HealthCheckService>().CheckHealthAsync(
            check => check.Tags.Contains(ReportBot.Hosting.HealthEndpoints.ReadyTag) && check.Name != "discord-gateway");
        foreach (var (name, entry) in after.Entries.Where(e => e.Value.Status != HealthStatus.Healthy))
            findings.Add($"{name} is {entry.Status} once every handler has finished: {entry.Description}");
        if (errors.Errors.Count > 0) findings.Add("errors were logged:\n" + errors.Describe());
        findings.AssertNone();
    }
}
