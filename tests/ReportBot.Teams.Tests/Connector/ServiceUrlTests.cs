using ReportBot.Teams.Connector;

namespace ReportBot.Teams.Tests.Connector;

public sealed class ServiceUrlTests
{
    [Theory]
    [InlineData("https://smba.trafficmanager.net/amer/", false)]
    [InlineData("http://localhost:3979/", true)]
    [InlineData("http://127.0.0.1:3979", true)]
    [InlineData("http://127.5.6.7/", true)]
    [InlineData("http://[::1]:3979/", true)]
    [InlineData("http://127.1:3979/", false)]
    [InlineData("http://2130706433/", false)]
    [InlineData("http://0x7f.0.0.1/", false)]
    [InlineData("http://127.000.0.1/", false)]
    [InlineData("http://[::ffff:127.0.0.1]/", false)]
    [InlineData("http://localhost.evil.example/", false)]
    public void Only_hosts_written_plainly_as_this_machine_are_local(string text, bool local) =>
        Assert.Equal(local, ServiceUrl.TryParse(text)!.IsLocal);

    [Theory]
    [InlineData("")]
    [InlineData("/relative")]
    [InlineData("ftp://127.0.0.1/")]
    [InlineData("file:///etc/passwd")]
    [InlineData("http://user:pass@127.0.0.1/")]
    [InlineData("http://127.0.0.1/a?x=1")]
    [InlineData("http://127.0.0.1/a#x")]
    [InlineData("http://127.0.0.1\\@evil.example/")]
    [InlineData("http://127.0.0.1/a b")]
    [InlineData("http://127.0.0.1/\n")]
    public void What_is_not_a_plain_service_url_is_refused(string text) => Assert.Null(ServiceUrl.TryParse(text));

    [Theory]
    [InlineData("19:abc@thread.tacv2;messageid=42", null, "/amer/v3/conversations/19%3Aabc%40thread.tacv2%3Bmessageid%3D42/activities")]
    [InlineData("a/../../admin", "x/../y", "/amer/v3/conversations/a%2F..%2F..%2Fadmin/activities/x%2F..%2Fy")]
    [InlineData("%2e%2e", null, "/amer/v3/conversations/%252e%252e/activities")]
    [InlineData("...", null, "/amer/v3/conversations/.../activities")]
    public void The_path_is_exactly_the_connector_route(string conversation, string? replyTo, string path) =>
        Assert.Equal(path, ServiceUrl.TryParse("https://smba.trafficmanager.net/amer/")!.Activities(conversation, replyTo).AbsolutePath);

    [Theory]
    [InlineData(".")]
    [InlineData("..")]
    [InlineData("")]
    public void Dot_segments_and_empty_ids_are_refused(string id)
    {
        var url = ServiceUrl.TryParse("http://127.0.0.1:3979/")!;
        Assert.Throws<ArgumentException>(() => url.Activities(id, null));
        Assert.Throws<ArgumentException>(() => url.Activities("a:chat", id == "" ? "." : id));
    }
}
