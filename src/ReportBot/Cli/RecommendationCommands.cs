using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using ReportBot.Core.Conversations;
using ReportBot.Core.Digest;

namespace ReportBot.Cli;

/// <summary>
/// <c>recommendations [--json]</c>: the digest catalogue; <c>digest preview [--date D] [--subscription ID] [--json]</c>:
/// exactly what would be posted.
/// </summary>
public static class RecommendationCommands
{
    public static Command CreateRecommendations(CliIO io)
    {
        var json = new Option<bool>("--json") { Description = "Print JSON." };
        var command = new Command("recommendations", "List the recommendations the daily digest posts, in catalogue order.") { json };
        command.SetAction(parse => CliAction.Run(parse, io, scope =>
        {
            var items = scope.Services.GetRequiredService<DigestCatalog>().Items;
            if (parse.GetValue(json)) io.Output.WriteLine(JsonSerializer.Serialize(items, JsonOptions));
            else
                foreach (var (item, i) in items.Select((item, i) => (item, i + 1)))
                {
                    io.Output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{i}. [{item.Kind}] {item.Focus ?? item.Quote}"));
                    io.Output.WriteLine($"   — {item.Citation}{(item.Pillars.Count > 0 ? " · " + string.Join(" · ", item.Pillars) : "")} · ask next: {item.FollowUp}");
                }
            return CliAction.Ok;
        }));
        return command;
    }

    public static Command CreateDigest(CliIO io)
    {
        var date = new Option<string?>("--date") { Description = "The local date to preview, YYYY-MM-DD (default: the next one due)." };
        var subscription = new Option<string?>("--subscription") { Description = "A subscription id (see digest status); default: a new subscription." };
        var json = new Option<bool>("--json") { Description = "Print JSON." };
        var preview = new Command("preview", "Show exactly what the digest would post, without posting or recording anything.") { date, subscription, json };
        preview.SetAction(parse => CliAction.Run(parse, io, scope =>
        {
            var store = scope.Services.GetRequiredService<IDigestStore>();
            var catalog = scope.Services.GetRequiredService<DigestCatalog>();
            var sub = parse.GetValue(subscription) is { } id ? store.Get(id) : null;
            if (parse.GetValue(subscription) is { } missing && sub is null)
            {
                io.Error.WriteLine($"error: no subscription with id '{missing}'.");
                return CliAction.Failed;
            }
            DateOnly? day = null;
            if (parse.GetValue(date) is { } text)
            {
                if (!DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed))
                {
                    io.Error.WriteLine($"error: --date must be YYYY-MM-DD, not '{text}'.");
                    return CliAction.Failed;
                }
                day = parsed;
            }
            var reply = DigestPreview.For(catalog, store, sub, day, TimeProvider.System.GetUtcNow());
            if (reply is null)
            {
                io.Error.WriteLine("error: the report has no recommendations to post.");
                return CliAction.Failed;
            }
            if (parse.GetValue(json)) io.Output.WriteLine(JsonSerializer.Serialize(WebChat.WebReply.From(reply), JsonOptions));
            else WriteReply(io.Output, reply);
            return CliAction.Ok;
        }));
        return new Command("digest", "Daily digest tasks.") { preview };
    }

    private static void WriteReply(TextWriter o, Reply reply)
    {
        o.WriteLine(reply.Title);
        if (reply.Quote is { } quote) o.WriteLine($"“{quote.Text}”\n   — {quote.Citation}{(quote.Pillars.Count > 0 ? " · " + string.Join(" · ", quote.Pillars) : "")}");
        if (reply.Body.Length > 0) o.WriteLine(reply.Body);
    }

    private static readonly JsonSerializerOptions JsonOptions = new(JsonSerializerDefaults.Web)
    {
        Converters = { new System.Text.Json.Serialization.JsonStringEnumConverter() },
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };
}
