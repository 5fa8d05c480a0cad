using System.Globalization;
using Microsoft.Extensions.Options;
using ReportBot.Core.Conversations;

namespace ReportBot.Core.Digest;

/// <summary>
/// The digest commands every transport shares: subscribe (with an optional time and zone), unsubscribe, status and
/// preview. Changing the subscription needs <see cref="Turn.MayConfigure"/>; an invalid time or zone changes nothing.
/// </summary>
public sealed class DigestCommands(IDigestStore store, DigestCatalog catalog, IOptions<DigestOptions> options, TimeProvider time)
{
    public Reply Handle(Turn turn, ChatCommand.Digest command) => command.Action switch
    {
        "subscribe" => Subscribe(turn, command.Arguments),
        "unsubscribe" => Unsubscribe(turn),
        "status" => Status(turn),
        "preview" => Preview(turn),
        _ => Usage(command.Unrecognised),
    };

    private Reply Subscribe(Turn turn, IReadOnlyList<string> arguments)
    {
        if (!turn.MayConfigure) return NotAllowed();
        // Zone ids never start with a digit, so "9am" or "0900" is a (bad) time, not a zone, and is refused as one.
        string? timeText = arguments.FirstOrDefault(LooksLikeTime);
        string? zoneText = arguments.FirstOrDefault(a => !ReferenceEquals(a, timeText));
        if (!DigestTimes.TryParse(timeText, zoneText, Defaults(), out var digestTime, out var error))
            return Reply.Problem("Not subscribed", error ?? "That time or time zone isn't valid.");

        var now = time.GetUtcNow();
        var subscription = store.Subscribe(turn.Platform.Key, turn.ConversationId, digestTime!, turn.UserId, now);
        var next = DigestSchedule.NextOccurrence(subscription.Time, now);
        return new Reply(ReplyKind.About, "Subscribed to the daily recommendation",
            $"Every day at {subscription.Time}, this conversation gets one of the report's recommendations, with its pillar " +
            $"and a question to ask next. The first arrives {Describe(next, subscription.Time)}.", [], [])
        {
            Items = ["digest status: what is scheduled", "digest preview: the next recommendation", "digest unsubscribe: stop"],
        };
    }

    private Reply Unsubscribe(Turn turn)
    {
        if (!turn.MayConfigure) return NotAllowed();
        return store.Unsubscribe(turn.Platform.Key, turn.ConversationId)
            ? new Reply(ReplyKind.About, "Unsubscribed", "No more daily recommendations here. Subscribe again any time.", [], [])
            : Reply.Problem("Not subscribed", "This conversation has no daily recommendation to stop.");
    }

    private Reply Status(Turn turn)
    {
        if (store.Find(turn.Platform.Key, turn.ConversationId) is not { } subscription)
            return new Reply(ReplyKind.About, "No daily recommendation here",
                $"Type “digest subscribe” (optionally with a time and zone, e.g. “digest subscribe 09:00 Asia/Seoul”). The default is {Defaults()}.", [], []);
        int sent = store.SentCount(subscription.Id);
        var items = new List<string>
        {
            $"Time: every day at {subscription.Time}",
            string.Create(CultureInfo.InvariantCulture, $"Sent so far: {sent} (of {catalog.Items.Count} recommendations in the report)"),
        };
        if (subscription.PausedReason is { } reason)
            items.Add($"Paused: {reason}. Subscribe again to resume.");
        else
            items.Add($"Next: {Describe(DigestSchedule.NextOccurrence(subscription.Time, time.GetUtcNow()), subscription.Time)}");
        return new Reply(ReplyKind.About, subscription.Active ? "Daily recommendation: on" : "Daily recommendation: paused", "", [], []) { Items = items };
    }

    /// <summary>What would be posted next here, without posting or recording anything.</summary>
    private Reply Preview(Turn turn) =>
        DigestPreview.For(catalog, store, store.Find(turn.Platform.Key, turn.ConversationId), date: null, time.GetUtcNow(),
            DigestSubscription.IdFor(turn.Platform.Key, turn.ConversationId), Defaults())
        ?? Reply.Problem("Nothing to preview", "The report has no recommendations to post.");

    private Reply Usage(string? unrecognised = null) => new(ReplyKind.Help, "Daily recommendation",
        (unrecognised is null ? "" : $"“{unrecognised}” isn't a digest action. ")
        + "Get one of the report's recommendations every day in this conversation.", [], [])
    {
        Items =
        [
            $"digest subscribe [HH:MM] [time zone]: start (default {Defaults()})",
            "digest status: what is scheduled",
            "digest preview: the next recommendation",
            "digest unsubscribe: stop",
        ],
    };

    private static bool LooksLikeTime(string argument) =>
        !argument.Contains('/', StringComparison.Ordinal)
        && (argument.Contains(':', StringComparison.Ordinal) || (argument.Length > 0 && char.IsAsciiDigit(argument[0])));

    private static Reply NotAllowed() => Reply.Problem("Not allowed",
        "Only members who may manage this channel can change its daily recommendation (on Discord, with /digest).");

    private DigestTime Defaults() =>
        new(TimeOnly.ParseExact(options.Value.DefaultTime, ["H:mm", "HH:mm"], CultureInfo.InvariantCulture), options.Value.DefaultTimeZone);

    private string Describe(DateTimeOffset instant, DigestTime zone)
    {
        var local = TimeZoneInfo.ConvertTime(instant, zone.Zone);
        var until = instant - time.GetUtcNow();
        string inText = until.TotalHours >= 1
            ? string.Create(CultureInfo.InvariantCulture, $"in {Math.Floor(until.TotalHours)} h {until.Minutes} min")
            : string.Create(CultureInfo.InvariantCulture, $"in {Math.Max(1, until.Minutes)} min");
        return $"{local.ToString("d MMMM yyyy 'at' HH:mm", CultureInfo.InvariantCulture)} {zone.TimeZoneId} ({inText})";
    }
}
