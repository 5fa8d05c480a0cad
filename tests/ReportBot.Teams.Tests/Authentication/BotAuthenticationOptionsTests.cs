using ReportBot.Teams.Authentication;
using static ReportBot.Teams.Tests.Support.BotAuthTestKit;

namespace ReportBot.Teams.Tests.Authentication;

public sealed class BotAuthenticationOptionsTests
{
    [Fact]
    public void Defaults_are_the_public_bot_framework_values()
    {
        var options = new BotAuthenticationOptions();

        Assert.Equal("https://login.botframework.com/v1/.well-known/openidconfiguration", options.ChannelOpenIdMetadataUrl);
        Assert.Equal("https://login.microsoftonline.com/botframework.com/v2.0/.well-known/openid-configuration", options.EmulatorOpenIdMetadataUrl);
        Assert.Equal("https://api.botframework.com", options.ChannelIssuer);
        Assert.Equal(TimeSpan.FromMinutes(5), options.ClockSkew);
        Assert.True(options.MetadataRefreshInterval <= TimeSpan.FromHours(24));
        Assert.True(options.RequireHttpsMetadata);
        Assert.Equal(6, options.GetEmulatorIssuers().Count);
        Assert.Empty(new BotAuthenticationOptions { AppId = AppId }.Validate());
    }

    [Fact]
    public void Tenant_adds_its_v1_and_v2_issuers_to_the_emulator_list()
    {
        var issuers = new BotAuthenticationOptions { TenantId = "tenant-1" }.GetEmulatorIssuers();

        Assert.Contains("https://sts.windows.net/tenant-1/", issuers);
        Assert.Contains("https://login.microsoftonline.com/tenant-1/v2.0", issuers);
        Assert.Equal(8, issuers.Count);
    }

    [Fact]
    public void Plain_http_metadata_is_refused_while_https_is_required()
    {
        var options = new BotAuthenticationOptions { AppId = AppId, ChannelOpenIdMetadataUrl = "http://127.0.0.1:5000/meta" };

        Assert.Throws<ArgumentException>(() => new BotFrameworkAuthenticator(options, Http));
    }

    [Theory]
    [InlineData(25 * 60, 5, 5)]
    [InlineData(12 * 60, 15, 5)]
    [InlineData(12 * 60, 5, 0)]
    public void Out_of_range_intervals_are_refused(int refreshMinutes, int skewMinutes, int forcedRefreshWaitSeconds)
    {
        var options = new BotAuthenticationOptions
        {
            AppId = AppId,
            MetadataRefreshInterval = TimeSpan.FromMinutes(refreshMinutes),
            ClockSkew = TimeSpan.FromMinutes(skewMinutes),
            ForcedRefreshWait = TimeSpan.FromSeconds(forcedRefreshWaitSeconds),
        };

        Assert.NotEmpty(options.Validate());
    }

    [Fact]
    public async Task Changing_options_after_construction_has_no_effect()
    {
        var options = Options("http://127.0.0.1:9/meta", appId: null);
        var auth = new BotFrameworkAuthenticator(options, Http, Clock());
        options.AppId = AppId;

        var result = await auth.AuthenticateAsync(null, "emulator", "http://localhost:1", fromLoopback: true, default);

        Assert.True(result.Anonymous);
    }

    [Fact]
    public void Clone_copies_every_settable_property()
    {
        var original = new BotAuthenticationOptions
        {
            AppId = "a", TenantId = "t", ChannelOpenIdMetadataUrl = "https://c/", EmulatorOpenIdMetadataUrl = "https://e/",
            ChannelIssuer = "https://i/", EmulatorIssuers = ["https://x/"], ClockSkew = TimeSpan.FromMinutes(1),
            MetadataRefreshInterval = TimeSpan.FromHours(1), MinimumForcedRefreshInterval = TimeSpan.FromMinutes(2),
            ForcedRefreshWait = TimeSpan.FromSeconds(3), RequireHttpsMetadata = false,
        };

        var clone = original.Clone();

        foreach (var property in typeof(BotAuthenticationOptions).GetProperties().Where(p => p.CanWrite))
        {
            var expected = property.GetValue(original);
            var actual = property.GetValue(clone);
            if (expected is IEnumerable<string> list)
            {
                Assert.Equal(list, (IEnumerable<string>)actual!);
                Assert.NotSame(expected, actual);
            }
            else
            {
                Assert.Equal(expected, actual);
                Assert.NotEqual(property.GetValue(new BotAuthenticationOptions()), expected);
            }
        }
    }
}
