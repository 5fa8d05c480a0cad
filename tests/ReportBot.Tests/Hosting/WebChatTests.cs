using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using ReportBot.Tests.Support;

namespace ReportBot.Tests.Hosting;

public sealed class WebChatTests : IAsyncLifetime
{
    private TestBotHost _host = null!;

    public async Task InitializeAsync() => _host = await TestBotHost.StartAsync();

    public async Task DisposeAsync() => await _host.DisposeAsync();


    [Fact]
    public async Task The_chat_page_and_its_script_are_served()
    {
        var page = await _host.Client.GetStringAsync("/");
        Assert.Contains("<script src=\"app.js\">", page);
        Assert.Contains("api/chat", await _host.Client.GetStringAsync("/app.js"));
    }

    [Fact]
    public async Task Health_and_readiness_are_reported()
    {
        Assert.Equal("Healthy", await _host.Client.GetStringAsync("/healthz"));
        Assert.Equal("Healthy", await _host.Client.GetStringAsync("/readyz"));
    }

    [Fact]
    public async Task A_question_gets_excerpts_with_citations_and_pillars()
    {
        var reply = await _host.Client.Conversation().SayAsync("What does the report recommend on 5G?");
        Assert.Equal("Answer", reply.GetProperty("kind").GetString());
        var excerpt = reply.GetProperty("excerpts")[0];
        Assert.Contains("5G deployment", excerpt.GetProperty("text").GetString());
        Assert.Equal("Executive Summary", excerpt.GetProperty("citation").GetString());
        Assert.Equal(1, excerpt.GetProperty("pillars")[0].GetProperty("number").GetInt32());
    }

    [Fact]
    public async Task Buttons_carry_actions_that_work_when_posted_back()
    {
        var chat = _host.Client.Conversation();
        var first = await chat.SayAsync("North Korea");
        string more = first.GetProperty("buttons").EnumerateArray().First(b => b.GetProperty("label").GetString() == "More results").GetProperty("action").GetString()!;
        var second = await chat.PressAsync(more);
        Assert.Equal(4, second.GetProperty("excerpts")[0].GetProperty("rank").GetInt32());
    }

    [Theory]
    [InlineData("pillar 9", "Problem", "from 1 to 6")]
    [InlineData("pillar 4", "Pillar", "Galvanize")]
    [InlineData("pillars", "PillarList", "Realign approaches")]
    [InlineData("help", "Help", "policy pillars and the passages related to it")]
    [InlineData("about", "About", "Kristine Lee")]
    public async Task Commands_work_as_in_chat(string text, string kind, string expected)
    {
        var reply = await _host.Client.Conversation().SayAsync(text);
        Assert.Equal(kind, reply.GetProperty("kind").GetString());
        Assert.Contains(expected, reply.GetRawText());
    }

    [Theory]
    [InlineData("{not json")]
    [InlineData("[]")]
    [InlineData("null")]
    public async Task Malformed_requests_are_400(string body)
    {
        var response = await _host.Client.PostAsync("/api/chat", new StringContent(body, Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task Only_json_is_accepted_so_other_sites_cannot_post_here()
    {
        var response = await _host.Client.PostAsync("/api/chat", new StringContent("{\"text\":\"help\"}", Encoding.UTF8, "text/plain"));
        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
    }

    [Fact]
    public async Task A_chunked_body_over_the_limit_is_413()
    {
        var content = new StreamContent(new MemoryStream(Encoding.UTF8.GetBytes(new string(' ', 40_000) + "{}")));
        content.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("application/json");
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/chat") { Content = content };
        request.Headers.TransferEncodingChunked = true;
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, (await _host.Client.SendAsync(request)).StatusCode);
    }

    [Fact]
    public async Task Oversized_requests_are_413()
    {
        var body = JsonSerializer.Serialize(new { text = new string('x', 20_000) });
        var response = await _host.Client.PostAsync("/api/chat", new StringContent(body, Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
    }
}
