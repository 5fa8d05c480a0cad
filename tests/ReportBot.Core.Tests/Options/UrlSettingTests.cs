using ReportBot.Core.Options;

namespace ReportBot.Core.Tests.Options;

public sealed class UrlSettingTests
{
    private const string Key = "Teams:TokenAuthority";

    [Theory]
    [InlineData("https://login.microsoftonline.com")]
    [InlineData("https://login.microsoftonline.com/botframework.com/v2.0/.well-known/openid-configuration")]
    [InlineData("HTTPS://Login.Example:8443/path?x=1")]
    [InlineData("http://127.0.0.1:5000/api/v10")]
    [InlineData("http://127.45.6.7/")]
    [InlineData("http://localhost:3978")]
    [InlineData("http://LocalHost/")]
    [InlineData("http://[::1]:8080/metadata")]
    public void Https_urls_and_http_to_this_machine_pass(string value) => Assert.Null(UrlSetting.Problem(Key, value));

    [Theory]
    [InlineData("http://login.example")]
    [InlineData("http://login.microsoftonline.com/")]
    // Spellings some parsers read as loopback, or that only look like it: refused, only the plain forms count.
    [InlineData("http://127.1/")]
    [InlineData("http://2130706433/")]
    [InlineData("http://0x7f.0.0.1/")]
    [InlineData("http://0177.0.0.1/")]
    [InlineData("http://127.0.0.01/")]
    [InlineData("http://127.0.0.256/")]
    [InlineData("http://[::ffff:127.0.0.1]/")]
    [InlineData("http://[0:0:0:0:0:0:0:1]/")]
    [InlineData("http://localhost.evil.example/")]
    [InlineData("http://127.0.0.1.nip.io/")]
    [InlineData("http://localhost./")]
    [InlineData("ftp://login.example/")]
    [InlineData("ws://127.0.0.1:9000/")]
    [InlineData("wss://gateway.discord.gg")]
    public void Other_schemes_and_http_elsewhere_are_refused_naming_the_key(string value)
    {
        Assert.Equal($"{Key} must be an https URL (http only for localhost/127.0.0.1/[::1]); got '{value}'.", UrlSetting.Problem(Key, value));
    }

    [Theory]
    [InlineData("login.microsoftonline.com")]
    [InlineData("/api/v10")]
    [InlineData("file:///etc/passwd")]
    [InlineData("https://")]
    [InlineData("https:///path")]
    [InlineData("https://login.example:notaport/")]
    [InlineData(" https://login.example")]
    [InlineData("https://login example/")]
    [InlineData("https://127.0.0.1\\@evil.example/")]
    [InlineData("mailto:someone@example.com")]
    public void Relative_and_malformed_values_are_refused_without_echoing_them(string value)
    {
        string? problem = UrlSetting.Problem(Key, value);
        Assert.Equal($"{Key} must be an absolute https URL (http only for localhost/127.0.0.1/[::1]); got a relative or malformed value.", problem);
    }

    [Theory]
    [InlineData("https://bot:s3cret-pass@login.example/path", "https://***@login.example/path")]
    [InlineData("https://s3cret-pass@login.example", "https://***@login.example")]
    [InlineData("http://user:s3cret-pass@127.0.0.1:8080/", "http://***@127.0.0.1:8080/")]
    public void Userinfo_is_refused_and_not_echoed(string value, string shown)
    {
        string? problem = UrlSetting.Problem(Key, value);
        Assert.Equal($"{Key} must not contain a user name or password; got '{shown}'.", problem);
        Assert.DoesNotContain("s3cret", problem);
    }

    [Fact]
    public void The_query_is_not_echoed_either()
    {
        string? problem = UrlSetting.Problem(Key, "http://login.example/path?code=s3cret#frag");
        Assert.Equal($"{Key} must be an https URL (http only for localhost/127.0.0.1/[::1]); got 'http://login.example/path?…'.", problem);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    public void A_missing_value_is_refused_unless_optional(string? value)
    {
        Assert.Equal($"{Key} is required: an https URL (http only for localhost/127.0.0.1/[::1]).", UrlSetting.Problem(Key, value));
        Assert.Null(UrlSetting.Problem(Key, value, optional: true));
    }

    [Theory]
    [InlineData("wss://gateway.discord.gg")]
    [InlineData("wss://gateway.discord.gg/?v=10&encoding=json")]
    [InlineData("ws://127.0.0.1:9000/")]
    [InlineData("ws://localhost:9000")]
    public void Websocket_urls_pass_as_wss_or_ws_to_this_machine(string value) =>
        Assert.Null(UrlSetting.Problem("Discord:GatewayUrl", value, scheme: "wss"));

    [Theory]
    [InlineData("ws://gateway.discord.gg")]
    [InlineData("https://gateway.discord.gg")]
    [InlineData("http://127.0.0.1:9000/")]
    public void Websocket_urls_elsewhere_are_refused(string value)
    {
        Assert.Equal($"Discord:GatewayUrl must be a wss URL (ws only for localhost/127.0.0.1/[::1]); got '{value}'.",
            UrlSetting.Problem("Discord:GatewayUrl", value, scheme: "wss"));
    }

    [Theory]
    [InlineData("localhost", true)]
    [InlineData("127.0.0.1", true)]
    [InlineData("127.255.255.254", true)]
    [InlineData("[::1]", true)]
    [InlineData("127.1", false)]
    [InlineData("127.0.0.1.", false)]
    [InlineData("::1", false)]
    [InlineData("128.0.0.1", false)]
    [InlineData("", false)]
    public void Loopback_means_the_plain_spellings(string host, bool loopback) => Assert.Equal(loopback, ReportBot.Core.Net.LoopbackHost.IsLiteral(host));
}
