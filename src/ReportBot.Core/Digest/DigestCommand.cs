using System.Globalization;
using Microsoft.Extensions.Options;
using ReportBot.Core.Commands;
using ReportBot.Core.Conversations;

namespace ReportBot.Core.Digest;

/// <summary>
/// The digest commands every transport shares: subscribe (with an optional time and zone), unsubscribe, status and
/// preview. Changing the subscription is for conversation managers (the pipeline checks); an invalid time or zone
/// changes nothing.
/// </summary>
public sealed class DigestCommand(IDigestStore store, DigestCatalog catalog, IOptions<DigestOptions> options, TimeProvider time) : IBotCommand
{
    public const string TimeParameter = "time";
    public const string TimeZoneParameter = "timezone";

    /// <summary>The declaration, readable without an instance (platform registration, manifests, tests).</summary>
    public static CommandDeclaration Declared { get; } = new("digest", "A daily recommendation from the report in this conversation.")
    {
        Subcommands =
        [
            new("subscribe", "Post one recommendation here every day.")
            {
                Parameters =
                [
                    new(TimeParameter, "Local time, HH:MM (24-hour)", ParameterKind.TimeOfDay, MaxLength: 5),
                    new(TimeZoneParameter, "IANA time zone, e.g. Asia/Seoul", ParameterKind.TimeZone, MaxLength: 64, Completion: CompletionSource.TimeZones),
                ],
                Audience = CommandAudience.ConversationManagers,
                Cost = TurnCost.Action,
            },
            new("unsubscribe", "Stop the daily recommendation here.") { Audience = CommandAudience.ConversationManagers, Cost = TurnCost.Action },
            new("status", "What is scheduled here.") { Visibility = ReplyVisibility.Asker, Cost = TurnCost.Action },
            new("preview", "See the next recommendation (only you).") { Visibility = ReplyVisibility.Asker, Cost = TurnCost.Action },
        ],
    };

    public CommandDeclaration Declaration => Declared;

    public Reply Handle(CommandContext context)
    {
        var invocation = context.Invocation;
        return invocation.Subcommand?.Name switch
        {
            "subscribe" => Subscribe(context.Turn, invocation.Argument(TimeParameter), invocation.Argument(TimeZoneParameter)),
            "unsubscribe" => Unsubscribe(context.Turn),
            "status" => Status(context.Turn),
            "preview" => Preview(context.Turn),
            _ => Usage(invocation.Stray),
        };
    }

    private Reply Subscribe(Turn turn, string? timeText, string? zoneText)
    {
        if (!DigestTimes.TryParse(timeText, zoneText?.Replace(' ', '_'), Defaults(), out var digestTime, out var error))
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

    private Reply Usage(string? stray = null) => new(ReplyKind.Help, "Daily recommendation",
        (stray is null ? "" : $"“{stray}” isn't a digest action. ")
        + $"Get one of the report's recommendations every day in this conversation (default time {Defaults()}).", [], [])
    {
        Items = HelpReplies.Lines(Declaration),
    };

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
