using System.Net;
using ReportBot.Core.Health;

namespace ReportBot.Core.Tests.Health;

public sealed class OutboundCallTrackingHandlerTests
{
    private readonly OutboundCallTracker _tracker = new("api", new ManualClock(), failuresToDegrade: 1);

    private async Task CallAsync(Func<HttpResponseMessage> answer)
    {
        using var client = new HttpClient(new OutboundCallTrackingHandler(_tracker) { InnerHandler = new Answering(answer) });
        try
        {
            (await client.GetAsync("http://127.0.0.1/")).Dispose();
        }
        catch (Exception e) when (e is HttpRequestException or OperationCanceledException)
        {
        }
    }

    [Theory]
    [InlineData(500)]
    [InlineData(502)]
    [InlineData(503)]
    public async Task Server_errors_are_failures(int status)
    {
        await CallAsync(() => new HttpResponseMessage((HttpStatusCode)status));
        Assert.Equal($"the last 1 calls failed, the latest at 09:00:00Z: answered {status}", _tracker.Trouble());
    }

    [Fact]
    public async Task Lost_connections_and_timeouts_are_failures()
    {
        await CallAsync(() => throw new HttpRequestException(HttpRequestError.ResponseEnded, "dropped"));
        Assert.Contains("connection failed (ResponseEnded)", _tracker.Trouble());
        _tracker.RecordSuccess();
        await CallAsync(() => throw new TaskCanceledException("timed out"));
        Assert.Contains("no answer in time", _tracker.Trouble());
    }

    [Theory]
    [InlineData(200)]
    [InlineData(204)]
    [InlineData(400)]
    [InlineData(403)]
    [InlineData(404)]
    public async Task Any_other_answer_shows_the_platform_is_up(int status)
    {
        _tracker.RecordFailure("earlier");
        await CallAsync(() => new HttpResponseMessage((HttpStatusCode)status));
        Assert.Null(_tracker.Trouble());
    }

    [Fact]
    public async Task A_429_changes_nothing()
    {
        await CallAsync(() => new HttpResponseMessage(HttpStatusCode.TooManyRequests));
        Assert.Null(_tracker.Trouble());
        _tracker.RecordFailure("earlier");
        await CallAsync(() => new HttpResponseMessage(HttpStatusCode.TooManyRequests));
        Assert.NotNull(_tracker.Trouble());
    }

    private sealed class Answering(Func<HttpResponseMessage> answer) : HttpMessageHandler
    {
        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken) =>
            Task.FromResult(answer());
    }
}
