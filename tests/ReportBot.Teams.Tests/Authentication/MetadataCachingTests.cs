using ReportBot.Teams.Tests.Support;
using static ReportBot.Teams.Tests.Support.BotAuthTestKit;
using ReportBot.Testing;

namespace ReportBot.Teams.Tests.Authentication;

/// <summary>Metadata and keys are fetched once and reused, and fetched again when a token names a new key.</summary>
public sealed class MetadataCachingTests : IAsyncLifetime
{
    private readonly TestSigningKey _oldKey = new("old-key", "msteams");
    private readonly TestSigningKey _newKey = new("new-key", "msteams");
    private FakeOpenIdServer _server = null!;

    public async Task InitializeAsync() => _server = await FakeOpenIdServer.StartAsync(ChannelIssuer, _oldKey);

    public async Task DisposeAsync()
    {
        await _server.DisposeAsync();
    }

    [Fact]
    public async Task Metadata_is_fetched_once_for_many_validations()
    {
        var auth = Authenticator(_server.MetadataUrl);
        var header = Bearer(ChannelToken(_oldKey));

        var first = await auth.AuthenticateAsync(header, "msteams", ServiceUrl, false, default);
        var rest = await Task.WhenAll(Enumerable.Range(0, 25)
            .Select(_ => auth.AuthenticateAsync(header, "msteams", ServiceUrl, false, default)));

        Assert.True(first.Succeeded, first.Failure);
        Assert.All(rest, r => Assert.True(r.Succeeded, r.Failure));
        Assert.Equal(1, _server.MetadataRequests);
        // Once by the configuration manager (signing keys) and once by the endorsement source.
        Assert.Equal(2, _server.KeysRequests);
    }

    [Fact]
    public async Task Unknown_kid_triggers_one_refresh_and_a_rolled_over_key_is_then_accepted()
    {
        var auth = Authenticator(_server.MetadataUrl);
        var before = await auth.AuthenticateAsync(Bearer(ChannelToken(_oldKey)), "msteams", ServiceUrl, false, default);
        Assert.Equal(1, _server.MetadataRequests);

        _server.PublishKeys(_oldKey, _newKey);
        var after = await auth.AuthenticateAsync(Bearer(ChannelToken(_newKey)), "msteams", ServiceUrl, false, default);

        Assert.True(before.Succeeded, before.Failure);
        Assert.True(after.Succeeded, after.Failure);
        Assert.Equal(2, _server.MetadataRequests);
    }

    [Fact]
    public async Task Unknown_kids_cannot_force_more_than_one_refresh_per_interval()
    {
        var stranger = new TestSigningKey("stranger", "msteams");
        var auth = Authenticator(_server.MetadataUrl);
        await auth.AuthenticateAsync(Bearer(ChannelToken(_oldKey)), "msteams", ServiceUrl, false, default);

        for (var i = 0; i < 5; i++)
        {
            var result = await auth.AuthenticateAsync(Bearer(ChannelToken(stranger)), "msteams", ServiceUrl, false, default);
            Assert.Equal(401, result.StatusCode);
        }

        Assert.Equal(2, _server.MetadataRequests);
    }

    [Fact]
    public async Task Keys_refreshed_after_the_interval_drop_a_retired_key()
    {
        var clock = Clock();
        var auth = Authenticator(_server.MetadataUrl, time: clock);
        var oldToken = Bearer(ChannelToken(_oldKey, expires: Now.AddDays(2)));
        var before = await auth.AuthenticateAsync(oldToken, "msteams", ServiceUrl, false, default);

        // The endorsement cache follows the injected clock: past the refresh interval the keys document is read again.
        _server.PublishKeys(_newKey);
        clock.Advance(TimeSpan.FromHours(13));
        var keysRequestsBefore = _server.KeysRequests;
        var after = await auth.AuthenticateAsync(oldToken, "msteams", ServiceUrl, false, default);

        Assert.True(before.Succeeded, before.Failure);
        Assert.False(after.Succeeded);
        Assert.Contains("not listed", after.Failure);
        Assert.Equal(keysRequestsBefore + 1, _server.KeysRequests);
    }

    [Fact]
    public async Task Unreachable_metadata_gives_a_401_rather_than_an_exception()
    {
        // Nothing listens on port 9.
        var auth = Authenticator("http://127.0.0.1:9/.well-known/openidconfiguration");

        var result = await auth.AuthenticateAsync(Bearer(ChannelToken(_oldKey)), "msteams", ServiceUrl, false, default);

        Assert.False(result.Succeeded);
        Assert.Equal(401, result.StatusCode);
        Assert.Equal("signing keys unavailable", result.Failure);
    }
}
