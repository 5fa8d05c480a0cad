using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using ReportBot.Core.Conversations;

namespace ReportBot.Core.Digest;

/// <summary>
/// One pass of the digest scheduler: first resends deliveries left pending (a crash or a failed attempt), then plans
/// and posts today's digest for every subscription that is due. Each delivery is recorded before it is sent and
/// marked after, so nothing is lost or planned twice; posts run in parallel, so one slow or failing conversation
/// never holds up the others.
/// </summary>
public sealed partial class DigestRunner(
    IDigestStore store,
    IConversationDirectory directory,
    IEnumerable<IDigestSender> senders,
    DigestCatalog catalog,
    IOptions<DigestOptions> options,
    TimeProvider time,
    ILogger<DigestRunner> logger,
    Telemetry.BotMetrics? metrics = null,
    Net.SecretRedactor? redactor = null)
{
    /// <summary>Posts of one delivery that may have arrived, at most, on a platform that can't spot a resend.</summary>
    public const int MaxPostsWithoutDeduplication = 2;

    private readonly DigestOptions _options = options.Value;

    // Passes never overlap, whoever starts them (the scheduler, a test, the CLI): two at once could send one delivery twice.
    private readonly SemaphoreSlim _pass = new(1, 1);
    private readonly IReadOnlyList<IDigestSender> _senders = senders.ToList();

    /// <summary>Runs one pass at the current time (after any pass still running); returns how many digests were sent.</summary>
    public async Task<int> RunOnceAsync(CancellationToken cancellationToken)
    {
        await _pass.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            return await RunPassAsync(cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            _pass.Release();
        }
    }

    private async Task<int> RunPassAsync(CancellationToken cancellationToken)
    {
        var work = new List<DigestDelivery>(store.Pending());
        var now = time.GetUtcNow();
        foreach (var subscription in store.Active())
        {
            if (DigestSchedule.Due(subscription.Time, subscription.LastLocalDate, now) is not { } date) continue;
            if (Plan(subscription, date, now) is { } planned) work.Add(planned);
        }
        if (work.Count == 0) return 0;

        int sent = 0;
        using var slots = new SemaphoreSlim(_options.MaxParallelSends);
        await Task.WhenAll(work.Select(async delivery =>
        {
            await slots.WaitAsync(cancellationToken).ConfigureAwait(false);
            try
            {
                if (await DeliverAsync(delivery, cancellationToken).ConfigureAwait(false)) Interlocked.Increment(ref sent);
            }
            finally
            {
                slots.Release();
            }
        })).ConfigureAwait(false);
        return sent;
    }

    /// <summary>Chooses today's item and records the intent; null when another pass already planned this date.</summary>
    private DigestDelivery? Plan(DigestSubscription subscription, DateOnly date, DateTimeOffset now)
    {
        var items = catalog.Items;
        if (items.Count == 0) return null;
        var (item, cycle) = DigestRotation.Next(items, subscription.Id, subscription.Cycle, store.PlannedItems(subscription.Id, subscription.Cycle));
        var delivery = new DigestDelivery(subscription.Id, date, item.Id, cycle, Nonce(subscription.Id, date), DigestDeliveryState.Pending, 0);
        return store.TryRecordIntent(delivery, now) ? delivery : null;
    }

    private async Task<bool> DeliverAsync(DigestDelivery delivery, CancellationToken cancellationToken)
    {
        var subscription = store.Get(delivery.SubscriptionId);
        if (subscription is null || !subscription.Active)
        {
            store.MarkFailed(delivery.SubscriptionId, delivery.LocalDate, "the subscription was removed or paused", final: true, time.GetUtcNow());
            return false;
        }
        if (catalog.Find(delivery.ItemId) is not { } item)
        {
            store.MarkFailed(delivery.SubscriptionId, delivery.LocalDate, "the recommendation is no longer in the report", final: true, time.GetUtcNow());
            return false;
        }
        var address = directory.Find(subscription.Platform, subscription.ConversationId);
        var sender = _senders.FirstOrDefault(s => s.Serves(subscription.Platform));
        if (address is null || sender is null)
        {
            Pause(subscription, address is null ? "the conversation's address is unknown" : $"no way to post to {subscription.Platform}");
            store.MarkFailed(delivery.SubscriptionId, delivery.LocalDate, "not deliverable", final: true, time.GetUtcNow());
            return false;
        }

        if (!sender.CanSend) return false;

        // Where the platform can't spot a resend, a post that may have arrived (a crash or no answer after sending)
        // is sent at most once more: one possible double post rather than one per attempt.
        bool countPosts = !sender.DeduplicatesResends;
        if (countPosts && delivery.MaybePosted >= MaxPostsWithoutDeduplication)
        {
            store.MarkFailed(delivery.SubscriptionId, delivery.LocalDate,
                $"it may have been posted already and {subscription.Platform} can't tell a resend: not posted again", final: true, time.GetUtcNow());
            metrics?.DigestDelivery(Platforms.Platform.LabelFor(subscription.Platform), "abandoned");
            return false;
        }
        if (countPosts) store.MarkPosting(delivery.SubscriptionId, delivery.LocalDate);

        var result = await SendWithTimeoutAsync(sender, address, DigestReplies.Render(item, delivery.LocalDate), delivery.Nonce, cancellationToken)
            .ConfigureAwait(false);
        // A reason can carry an upstream's words; they are stored and logged, so nothing secret may be in them.
        if (result.Reason is { } reason && redactor is not null) result = result with { Reason = redactor.Redact(reason) };
        var now = time.GetUtcNow();
        if (countPosts && result.Outcome is DigestSendOutcome.Gone or DigestSendOutcome.Retry)
            store.MarkNotPosted(delivery.SubscriptionId, delivery.LocalDate);
        // The platform refused our credentials during this attempt: not the delivery's fault, so it keeps its attempts
        // and waits, pending, until the platform can be posted to again.
        if (result.Outcome == DigestSendOutcome.Retry && !sender.CanSend) return false;
        switch (result.Outcome)
        {
            case DigestSendOutcome.Sent:
                store.MarkSent(delivery.SubscriptionId, delivery.LocalDate, now);
                Log.Sent(logger, subscription.Id, subscription.Platform, delivery.LocalDate);
                metrics?.DigestDelivery(Platforms.Platform.LabelFor(subscription.Platform), "sent");
                return true;
            case DigestSendOutcome.Gone:
                Pause(subscription, result.Reason ?? "the conversation is gone");
                store.MarkFailed(delivery.SubscriptionId, delivery.LocalDate, result.Reason ?? "gone", final: true, now);
                metrics?.DigestDelivery(Platforms.Platform.LabelFor(subscription.Platform), "paused");
                return false;
            default:
                bool last = delivery.Attempts + 1 >= _options.MaxAttempts;
                store.MarkFailed(delivery.SubscriptionId, delivery.LocalDate, result.Reason ?? "failed", final: last, now);
                Log.Failed(logger, subscription.Id, result.Reason ?? "failed", last);
                metrics?.DigestDelivery(Platforms.Platform.LabelFor(subscription.Platform), last ? "abandoned" : "failed");
                return false;
        }
    }

    private async Task<DigestSendResult> SendWithTimeoutAsync(
        IDigestSender sender, ConversationAddress address, Reply message, string nonce, CancellationToken cancellationToken)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(_options.SendTimeout);
        try
        {
            return await sender.SendAsync(address, message, nonce, timeout.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return DigestSendResult.Uncertain($"no answer within {_options.SendTimeout.TotalSeconds:0} s");
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // Senders report their failures as results; one that throws is a bug, but the attempt still counts, so
            // the delivery is retried a bounded number of times and the other posts of the pass are recorded.
            Log.SenderFailed(logger, address.Platform, e);
            return DigestSendResult.Retry($"{e.GetType().Name}: {e.Message}");
        }
    }

    private void Pause(DigestSubscription subscription, string reason)
    {
        store.Pause(subscription.Id, reason, time.GetUtcNow());
        Log.Paused(logger, subscription.Id, subscription.Platform, reason);
    }

    /// <summary>The same for every attempt of one delivery (≤ 25 characters, as Discord requires of nonces).</summary>
    internal static string Nonce(string subscriptionId, DateOnly date) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes($"{subscriptionId}|{date:yyyy-MM-dd}")).AsSpan(0, 10));

    private static partial class Log
    {
        [LoggerMessage(1, LogLevel.Information, "Digest for subscription {Id} ({Platform}) of {Date} posted")]
        public static partial void Sent(ILogger logger, string id, string platform, DateOnly date);

        [LoggerMessage(2, LogLevel.Warning, "Digest for subscription {Id} not posted: {Reason} (given up: {Final})")]
        public static partial void Failed(ILogger logger, string id, string reason, bool final);

        [LoggerMessage(3, LogLevel.Warning, "Digest subscription {Id} ({Platform}) paused: {Reason}")]
        public static partial void Paused(ILogger logger, string id, string platform, string reason);

        [LoggerMessage(4, LogLevel.Error, "The {Platform} digest sender threw instead of reporting a failure")]
        public static partial void SenderFailed(ILogger logger, string platform, Exception exception);
    }
}
