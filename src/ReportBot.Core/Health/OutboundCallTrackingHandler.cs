using ReportBot.Core.Telemetry;

namespace ReportBot.Core.Health;

/// <summary>
/// Records every HTTP call that passes through it in a <see cref="OutboundCallTracker"/>: the adapters put it on the
/// HttpClient of their platform's API, innermost, so each attempt counts (retries included) and the request is
/// never changed. With <paramref name="metrics"/>, each attempt is also counted by status (0: no answer) under the
/// tracker's name.
/// </summary>
public sealed class OutboundCallTrackingHandler(OutboundCallTracker tracker, BotMetrics? metrics = null) : DelegatingHandler
{
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        HttpResponseMessage response;
        try
        {
            response = await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
        }
        catch (HttpRequestException e)
        {
            tracker.RecordFailure($"connection failed ({e.HttpRequestError})");
            metrics?.OutboundCall(tracker.Name, 0);
            throw;
        }
        catch (OperationCanceledException)
        {
            // Inside the handler chain a timeout and a cancelled caller look alike; callers cancel on shutdown or
            // after waiting too long themselves, so this counts as no answer.
            tracker.RecordFailure("no answer in time");
            metrics?.OutboundCall(tracker.Name, 0);
            throw;
        }

        int status = (int)response.StatusCode;
        metrics?.OutboundCall(tracker.Name, status);
        if (status >= 500) tracker.RecordFailure($"answered {status}");
        else if (status != 429) tracker.RecordSuccess();
        return response;
    }
}
