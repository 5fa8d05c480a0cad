using System.Net;
using System.Net.Sockets;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using ReportBot.Discord.Hosting;
using ReportBot.Discord.Rest;
using ReportBot.Testing;

namespace ReportBot.Discord.Tests.Rest;

public sealed class DiscordRestClientRetryTests
{
    [Fact]
    public async Task A_500_is_retried_with_exponential_backoff_and_then_succeeds()
    {
        await using var harness = await RestHarness.StartAsync(o => o.RetryDelay = TimeSpan.FromMilliseconds(150));
        harness.State.Script(FakeDiscordRestRoute.CreateMessage, FakeDiscordRestReply.ServerError(), times: 2);

        var created = await harness.Client.CreateMessageAsync("1", RestSamples.Message(), CancellationToken.None);

        var requests = harness.State.Requests;
        Assert.Equal([500, 500, 200], requests.Select(r => r.Status));
        Assert.True(requests[1].At - requests[0].At >= TimeSpan.FromMilliseconds(140), "first backoff");
        Assert.True(requests[2].At - requests[1].At >= TimeSpan.FromMilliseconds(290), "second backoff doubles");
        Assert.Equal(harness.State.Messages.Single().Id, created.Id);
    }

    [Fact]
    public async Task Repeated_5xx_gives_up_after_the_bounded_retries()
    {
        await using var harness = await RestHarness.StartAsync(o => o.MaxRetries = 3);
        harness.State.Script(FakeDiscordRestRoute.CreateMessage, FakeDiscordRestReply.ServerError(502), times: 10);

        var error = await Assert.ThrowsAsync<DiscordRestException>(() =>
            harness.Client.CreateMessageAsync("1", RestSamples.Message(), CancellationToken.None));

        Assert.Equal(HttpStatusCode.BadGateway, error.Status);
        Assert.False(error.IsPermanent);
        Assert.Equal(4, harness.State.Requests.Count);
        Assert.Empty(harness.State.Messages);
    }

    [Theory]
    [InlineData(404, 10003, "Unknown Channel")]
    [InlineData(403, 50013, "Missing Permissions")]
    public async Task A_404_or_403_is_not_retried_and_is_permanent_with_discords_code(int status, int code, string message)
    {
        await using var harness = await RestHarness.StartAsync();
        harness.State.Script(FakeDiscordRestRoute.CreateMessage, FakeDiscordRestReply.Error(status, code, message), times: 3);

        var error = await Assert.ThrowsAsync<DiscordRestException>(() =>
            harness.Client.CreateMessageAsync("1", RestSamples.Message(), CancellationToken.None));

        Assert.Equal((HttpStatusCode)status, error.Status);
        Assert.Equal(code, error.Code);
        Assert.True(error.IsPermanent);
        Assert.Contains(message, error.Message);
        Assert.Single(harness.State.Requests);
    }

    [Fact]
    public async Task An_invalid_body_is_not_retried_and_carries_the_form_error_code()
    {
        await using var harness = await RestHarness.StartAsync();

        var error = await Assert.ThrowsAsync<DiscordRestException>(() =>
            harness.Client.CreateMessageAsync("1", RestSamples.Message(new string('x', 2001)), CancellationToken.None));

        Assert.Equal((HttpStatusCode.BadRequest, 50035), (error.Status, error.Code));
        Assert.False(error.IsPermanent);
        Assert.Single(harness.State.Requests);
    }

    [Fact]
    public async Task A_second_callback_for_one_interaction_surfaces_already_acknowledged()
    {
        await using var harness = await RestHarness.StartAsync();
        await harness.Client.CreateInteractionResponseAsync("9", "t", RestSamples.Reply(), CancellationToken.None);

        var error = await Assert.ThrowsAsync<DiscordRestException>(() =>
            harness.Client.CreateInteractionResponseAsync("9", "t", RestSamples.Reply(), CancellationToken.None));

        Assert.Equal(40060, error.Code);
        Assert.Equal(2, harness.State.Requests.Count);
    }

    [Fact]
    public async Task Network_errors_are_retried_then_surface_as_a_rest_exception()
    {
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        int port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        var services = new ServiceCollection().AddLogging()
            .Configure<DiscordOptions>(o => { o.ApiBaseUrl = $"http://127.0.0.1:{port}/api/v10"; o.BotToken = "t"; })
            .AddDiscordRestClient()
            .Configure<DiscordRestClientOptions>(o => { o.MaxRetries = 2; o.RetryDelay = TimeSpan.FromMilliseconds(10); })
            .BuildServiceProvider();
        await using var _ = services;

        var error = await Assert.ThrowsAsync<DiscordRestException>(() =>
            services.GetRequiredService<IDiscordRestClient>().GetGatewayBotAsync(CancellationToken.None));

        Assert.IsType<HttpRequestException>(error.InnerException);
        Assert.False(error.IsPermanent);
        Assert.Equal(TimeSpan.FromSeconds(30), services.GetRequiredService<IOptions<DiscordRestClientOptions>>().Value.RequestTimeout);
    }

    [Fact]
    public void Backoff_doubles_from_the_first_delay_up_to_the_cap()
    {
        var options = new DiscordRestClientOptions { RetryDelay = TimeSpan.FromMilliseconds(500), MaxRetryDelay = TimeSpan.FromSeconds(3) };

        Assert.Equal([500, 1000, 2000, 3000, 3000], Enumerable.Range(1, 5).Select(i => options.BackoffFor(i).TotalMilliseconds));
    }
}
