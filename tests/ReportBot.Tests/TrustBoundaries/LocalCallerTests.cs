using System.Net;
using System.Net.Http.Json;
using ReportBot.Testing;
using ReportBot.Tests.Support;

namespace ReportBot.Tests.TrustBoundaries;

/// <summary>
/// Finding 2: loopback is not local. A reverse proxy or tunnel on this machine connects from 127.0.0.1 for anyone;
/// what it forwards must not get local mode's unauthenticated <c>/api/messages</c>, <c>/metrics</c> or
/// <c>/admin/reindex</c>, and requests for other host names (DNS rebinding) are refused outright.
/// </summary>
public sealed class LocalCallerTests : HostWithConnector
{
    private Task<HttpResponseMessage> AskAsync(HttpClient client) =>
        client.PostActivityAsync(LocalActivity.Message(Connector.ServiceUrl, "help"));

    private static Task<HttpResponseMessage> ReindexAsync(HttpClient client) => client.PostAsync("/admin/reindex", JsonContent.Create(new { }));

    [Fact]
    public async Task A_caller_on_this_machine_gets_local_mode_metrics_and_reindex()
    {
        Assert.Equal(HttpStatusCode.OK, (await AskAsync(Host.Client)).StatusCode);
        await Connector.WaitForAsync(1);
        Assert.Equal(HttpStatusCode.OK, (await Host.Client.GetAsync("/metrics")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await ReindexAsync(Host.Client)).StatusCode);

        using var named = new HttpClient { BaseAddress = new Uri($"http://localhost:{Host.Address.Port}") };
        Assert.Equal(HttpStatusCode.OK, (await named.GetAsync("/metrics")).StatusCode);
    }

    [Fact]
    public async Task Through_a_reverse_proxy_on_this_machine_nothing_local_is_granted()
    {
        await using var proxy = await ForwardingProxy.StartAsync(Host.Address);
        Assert.Equal(HttpStatusCode.OK, (await proxy.Client.GetAsync("/healthz")).StatusCode); // the proxy works

        Assert.Equal(HttpStatusCode.Unauthorized, (await AskAsync(proxy.Client)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await proxy.Client.GetAsync("/metrics")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await ReindexAsync(proxy.Client)).StatusCode);
        Assert.Empty(Connector.Requests);
    }

    [Theory]
    [InlineData("X-Forwarded-For", "203.0.113.9")]
    [InlineData("X-Forwarded-Host", "bot.example")]
    [InlineData("Forwarded", "for=203.0.113.9")]
    [InlineData("X-Original-For", "203.0.113.9:5000")]
    [InlineData("Via", "1.1 proxy")]
    [InlineData("X-Real-IP", "203.0.113.9")]
    [InlineData("CF-Connecting-IP", "203.0.113.9")]
    public async Task Any_forwarding_header_means_not_local(string header, string value)
    {
        async Task<HttpStatusCode> SendAsync(HttpRequestMessage request)
        {
            request.Headers.TryAddWithoutValidation(header, value);
            using var response = await Host.Client.SendAsync(request);
            return response.StatusCode;
        }

        Assert.Equal(HttpStatusCode.Unauthorized, await SendAsync(new HttpRequestMessage(HttpMethod.Post, "/api/messages")
        {
            Content = JsonContent.Create(LocalActivity.Message(Connector.ServiceUrl, "help")),
        }));
        Assert.Equal(HttpStatusCode.NotFound, await SendAsync(new HttpRequestMessage(HttpMethod.Get, "/metrics")));
        Assert.Equal(HttpStatusCode.Forbidden, await SendAsync(new HttpRequestMessage(HttpMethod.Post, "/admin/reindex") { Content = JsonContent.Create(new { }) }));
        Assert.Empty(Connector.Requests);
    }

    [Theory]
    [InlineData("evil.example")]
    [InlineData("evil.example:3978")]
    [InlineData("127.0.0.1.nip.io")]
    public async Task Requests_for_another_host_name_are_refused_as_DNS_rebinding_would_send_them(string hostHeader)
    {
        foreach (var (method, path) in new[] { (HttpMethod.Get, "/"), (HttpMethod.Get, "/metrics"), (HttpMethod.Post, "/api/messages"), (HttpMethod.Post, "/admin/reindex") })
        {
            using var request = new HttpRequestMessage(method, path);
            request.Headers.Host = hostHeader;
            if (method == HttpMethod.Post) request.Content = JsonContent.Create(LocalActivity.Message(Connector.ServiceUrl, "help"));
            using var response = await Host.Client.SendAsync(request);
            Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        }
        Assert.Empty(Connector.Requests);
    }

    [Fact]
    public async Task A_trusted_proxy_still_does_not_make_its_callers_local()
    {
        await using var host = await TestBotHost.StartAsync(new Dictionary<string, string?> { ["ForwardedHeaders:KnownProxies:0"] = "127.0.0.1" });
        await using var proxy = await ForwardingProxy.StartAsync(host.Address);
        Assert.Equal(HttpStatusCode.Unauthorized, (await proxy.Client.PostActivityAsync(LocalActivity.Message(Connector.ServiceUrl, "help"))).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await proxy.Client.GetAsync("/metrics")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await host.Client.GetAsync("/metrics")).StatusCode);
    }

    [Fact]
    public async Task A_bot_with_the_Bot_Framework_door_off_has_no_api_messages_at_all()
    {
        await using var host = await TestBotHost.StartAsync(new Dictionary<string, string?> { ["Teams:Enabled"] = "false" });
        using var response = await host.Client.PostActivityAsync(LocalActivity.Message(Connector.ServiceUrl, "help"));
        Assert.True(response.StatusCode is HttpStatusCode.NotFound or HttpStatusCode.MethodNotAllowed, $"answered {(int)response.StatusCode}");
        Assert.Equal(HttpStatusCode.OK, (await host.Client.GetAsync("/")).StatusCode);
        Assert.Empty(Connector.Requests);
    }

    [Fact]
    public async Task A_form_post_from_another_site_cannot_trigger_a_reindex()
    {
        using var form = new FormUrlEncodedContent(new Dictionary<string, string> { ["x"] = "1" });
        Assert.Equal(HttpStatusCode.UnsupportedMediaType, (await Host.Client.PostAsync("/admin/reindex", form)).StatusCode);
        using var text = new StringContent("{}", System.Text.Encoding.UTF8, "text/plain");
        Assert.Equal(HttpStatusCode.UnsupportedMediaType, (await Host.Client.PostAsync("/admin/reindex", text)).StatusCode);
    }

    [Fact]
    public async Task The_chat_page_is_sent_with_headers_that_keep_it_to_itself()
    {
        using var response = await Host.Client.GetAsync("/");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        string csp = string.Join(";", response.Headers.GetValues("Content-Security-Policy"));
        Assert.Contains("default-src 'self'", csp, StringComparison.Ordinal);
        Assert.Contains("frame-ancestors 'none'", csp, StringComparison.Ordinal);
        Assert.Equal("nosniff", Assert.Single(response.Headers.GetValues("X-Content-Type-Options")));
        Assert.Equal("no-referrer", Assert.Single(response.Headers.GetValues("Referrer-Policy")));
        Assert.Equal("DENY", Assert.Single(response.Headers.GetValues("X-Frame-Options")));
    }
}
