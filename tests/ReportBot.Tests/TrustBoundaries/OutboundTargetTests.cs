using System.Diagnostics;
using System.Net;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using ReportBot.Core.Digest;
using ReportBot.Testing;
using ReportBot.Tests.Digest;
using ReportBot.Tests.Support;

namespace ReportBot.Tests.TrustBoundaries;

/// <summary>
/// Finding 3: in local mode an activity's <c>serviceUrl</c> decides where the reply is posted. It may only be this
/// machine, named plainly, and the bot writes only the connector's own route under it, so no id or query can steer
/// the post elsewhere on the machine; a silent host cannot hold up replies to others.
/// </summary>
public sealed class OutboundTargetTests : HostWithConnector
{
    [Theory]
    [InlineData("/internal/admin/delete?x=1", "a:chat")]       // a query the bot would have kept
    [InlineData("/internal/admin/delete#frag", "a:chat")]      // a fragment
    [InlineData("/internal/admin/delete", "..")]              // a conversation id that climbs out of the route
    [InlineData("/internal/admin/delete", ".")]
    public async Task Service_urls_and_ids_that_could_move_the_path_are_refused(string path, string conversation)
    {
        await using var listener = await RecordingListener.StartAsync();
        var activity = LocalActivity.Message($"http://127.0.0.1:{listener.Port}{path}", "{\"attacker\":\"json\"}", conversation: conversation);
        Assert.Equal(HttpStatusCode.BadRequest, (await Host.Client.PostActivityAsync(activity)).StatusCode);
        await Host.Client.PostActivityAsync(LocalActivity.Message(Connector.ServiceUrl, "help"));
        await Connector.WaitForAsync(1); // a later reply went out, so the refused one would have gone before it
        Assert.Empty(listener.Requests);
    }

    [Fact]
    public async Task Huge_ids_are_refused_before_anything_is_kept()
    {
        string huge = new('c', 120_000);
        Assert.Equal(HttpStatusCode.BadRequest, (await Host.Client.PostActivityAsync(LocalActivity.Message(Connector.ServiceUrl, "help", conversation: huge))).StatusCode);
        var fromHuge = LocalActivity.Message(Connector.ServiceUrl, "help");
        fromHuge["from"]!["id"] = huge;
        Assert.Equal(HttpStatusCode.BadRequest, (await Host.Client.PostActivityAsync(fromHuge)).StatusCode);
        Assert.Empty(Connector.Requests);
    }

    [Fact]
    public async Task The_reply_goes_exactly_to_the_connector_route_with_every_id_encoded()
    {
        await using var listener = await RecordingListener.StartAsync();
        var activity = LocalActivity.Message($"http://127.0.0.1:{listener.Port}/base/", "help", conversation: "a/../../admin", id: "x/../../y");
        Assert.Equal(HttpStatusCode.OK, (await Host.Client.PostActivityAsync(activity)).StatusCode);
        await listener.FirstRequest.WaitAsync(TimeSpan.FromSeconds(30));
        Assert.Equal("POST /base/v3/conversations/a%2F..%2F..%2Fadmin/activities/x%2F..%2F..%2Fy", Assert.Single(listener.Requests));
    }

    [Theory]
    [InlineData("127.1")]
    [InlineData("2130706433")]
    [InlineData("0x7f.0.0.1")]
    [InlineData("0177.0.0.1")]
    [InlineData("[::ffff:127.0.0.1]")]
    [InlineData("user@127.0.0.1")]
    public async Task Spellings_that_only_parse_to_loopback_are_refused(string host)
    {
        await using var listener = await RecordingListener.StartAsync();
        var activity = LocalActivity.Message($"http://{host}:{listener.Port}/", "help");
        var status = (await Host.Client.PostActivityAsync(activity)).StatusCode;
        Assert.True(status is HttpStatusCode.Unauthorized or HttpStatusCode.BadRequest, $"answered {(int)status}");
        await Host.Client.PostActivityAsync(LocalActivity.Message(Connector.ServiceUrl, "help"));
        await Connector.WaitForAsync(1);
        Assert.Empty(listener.Requests);
    }

    [Theory]
    [InlineData(40)]
    [InlineData(1_100)] // more than the whole outbound waiting room: one host may only fill its own share
    public async Task Replies_aimed_at_a_silent_host_delay_a_good_reply_by_less_than_a_second(int stuckReplies)
    {
        using var silent = new SilentListener();
        for (int batch = 0; batch < stuckReplies; batch += 50)
            await Task.WhenAll(Enumerable.Range(batch, Math.Min(50, stuckReplies - batch)).Select(async i =>
            {
                var stuck = LocalActivity.Message($"http://127.0.0.1:{silent.Port}/", "help", conversation: "a:silent-" + i, id: "s" + i);
                Assert.Equal(HttpStatusCode.OK, (await Host.Client.PostActivityAsync(stuck)).StatusCode);
            }));
        await silent.FirstConnection.WaitAsync(TimeSpan.FromSeconds(30)); // the bot is now stuck on the silent host

        var clock = Stopwatch.StartNew();
        await Host.Client.PostActivityAsync(LocalActivity.Message(Connector.ServiceUrl, "pillar 4", conversation: "a:good"));
        await Connector.WaitForAsync(1, TimeSpan.FromSeconds(30));
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(1), $"the good reply took {clock.Elapsed.TotalMilliseconds:0} ms");
    }

    [Fact]
    public async Task A_stored_unverified_address_on_a_loopback_spelling_gets_no_daily_post()
    {
        await using var listener = await RecordingListener.StartAsync();
        var services = Host.App.Services;
        var now = DateTimeOffset.UtcNow;
        services.GetRequiredService<IDigestStore>().Subscribe("msteams", "a:legacy", new DigestTime(new TimeOnly(0, 0), "UTC"), "29:user", now);
        using (var connection = new SqliteConnection($"Data Source={Path.Combine(Host.DataPath, "reportbot.db")}"))
        {
            connection.Open();
            using var command = connection.CreateCommand();
            command.CommandText = "INSERT INTO conversations (platform, conversation_id, reference, verified, updated_utc) VALUES ('msteams', 'a:legacy', $reference, 0, $now);"
                + "UPDATE digest_subscriptions SET last_local_date = date('now', '-1 day');";
            command.Parameters.AddWithValue("$reference", DigestPlatforms.TeamsReference($"http://127.1:{listener.Port}/", "a:legacy"));
            command.Parameters.AddWithValue("$now", now.ToString("O"));
            command.ExecuteNonQuery();
        }

        Assert.Equal(0, await services.GetRequiredService<DigestRunner>().RunOnceAsync(CancellationToken.None));
        Assert.Empty(listener.Requests);
    }
}
