using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace ReportBot.Testing;

/// <summary>
/// A fake of the Discord REST API on loopback (or mapped into another app with <see cref="Map"/>): records every
/// request, answers the routes the bot uses as Discord does (including nonce dedupe, X-RateLimit-* headers and
/// limits) and can be scripted to answer with 429, 5xx or 4xx. Point <c>Discord:ApiBaseUrl</c> at <see cref="ApiBaseUrl"/>.
/// </summary>
public sealed class FakeDiscordRest : IAsyncDisposable
{
    /// <summary>Where the routes are mapped, like Discord's <c>https://discord.com/api/v10</c>.</summary>
    public const string DefaultPrefix = "/api/v10";

    private readonly WebApplication _app;

    private FakeDiscordRest(WebApplication app, Uri address, FakeDiscordRestState state)
    {
        _app = app;
        Address = address;
        State = state;
    }

    public FakeDiscordRestState State { get; }

    /// <summary>The server's root, e.g. <c>http://127.0.0.1:5123/</c>.</summary>
    public Uri Address { get; }

    /// <summary>The value for <c>DiscordOptions.ApiBaseUrl</c>.</summary>
    public string ApiBaseUrl => ApiBaseUrlOf(Address);

    public IReadOnlyList<FakeDiscordRestRequest> Requests => State.Requests;

    public IReadOnlyList<FakeDiscordRestMessage> Messages => State.Messages;

    public Task<IReadOnlyList<FakeDiscordRestMessage>> WaitForMessagesAsync(int count, TimeSpan? timeout = null) =>
        State.WaitForMessagesAsync(count, timeout);

    public void Script(FakeDiscordRestRoute route, FakeDiscordRestReply reply, int times = 1) => State.Script(route, reply, times);

    /// <summary>Runs the fake alone on a free loopback port.</summary>
    public static async Task<FakeDiscordRest> StartAsync(FakeDiscordRestState? state = null)
    {
        state ??= new FakeDiscordRestState();
        var (app, address) = await LoopbackServer.StartAsync(app => Map(app, state));
        return new FakeDiscordRest(app, address, state);
    }

    /// <summary>The API base URL of a fake mapped at <paramref name="prefix"/> in an app listening on <paramref name="address"/>.</summary>
    public static string ApiBaseUrlOf(Uri address, string prefix = DefaultPrefix) => address.ToString().TrimEnd('/') + prefix;

    /// <summary>Maps the fake's routes under <paramref name="prefix"/> into any app (e.g. one that also hosts a fake gateway).</summary>
    public static void Map(IEndpointRouteBuilder endpoints, FakeDiscordRestState state, string prefix = DefaultPrefix)
    {
        ArgumentNullException.ThrowIfNull(state);
        var group = endpoints.MapGroup(prefix);
        void Add(string method, string pattern, FakeDiscordRestRoute route, Func<HttpContext, string> major, FakeDiscordRestPipeline.Handler handler) =>
            group.MapMethods(pattern, [method], (RequestDelegate)(context =>
                FakeDiscordRestPipeline.HandleAsync(context, state, prefix, route, major(context), handler)));

        Add("GET", "/gateway/bot", FakeDiscordRestRoute.GatewayBot, _ => "",
            (s, c, _, _) => FakeDiscordRestInteractions.GatewayBot(s, c.Request.Host.ToString()));
        Add("POST", "/channels/{channelId}/messages", FakeDiscordRestRoute.CreateMessage, c => Value(c, "channelId"),
            (s, c, body, now) => FakeDiscordRestMessages.Create(s, Value(c, "channelId"), body, now));
        Add("POST", "/interactions/{interactionId}/{token}/callback", FakeDiscordRestRoute.InteractionCallback, c => Value(c, "interactionId"),
            (s, c, body, now) => FakeDiscordRestInteractions.Callback(s, Value(c, "interactionId"), Value(c, "token"), body, now));
        Add("PATCH", "/webhooks/{applicationId}/{token}/messages/@original", FakeDiscordRestRoute.EditOriginalResponse,
            c => Value(c, "applicationId") + "/" + Value(c, "token"),
            (s, c, body, now) => FakeDiscordRestInteractions.EditOriginal(s, Value(c, "applicationId"), Value(c, "token"), body, now));
        Add("PUT", "/applications/{applicationId}/commands", FakeDiscordRestRoute.BulkOverwriteGlobalCommands, c => Value(c, "applicationId"),
            (s, c, body, now) => FakeDiscordRestCommands.Overwrite(s, Value(c, "applicationId"), null, body, now));
        Add("PUT", "/applications/{applicationId}/guilds/{guildId}/commands", FakeDiscordRestRoute.BulkOverwriteGuildCommands, c => Value(c, "guildId"),
            (s, c, body, now) => FakeDiscordRestCommands.Overwrite(s, Value(c, "applicationId"), Value(c, "guildId"), body, now));
        group.Map("/{**rest}", (RequestDelegate)(context =>
            FakeDiscordRestPipeline.HandleAsync(context, state, prefix, FakeDiscordRestRoute.Unknown, "", (_, _, _, _) => FakeDiscordRestResult.NoContent)));
    }

    // Kestrel decodes the path except %2F; undo that too, so ids with '/' come back as sent.
    private static string Value(HttpContext context, string name) =>
        Uri.UnescapeDataString(context.Request.RouteValues[name] as string ?? "");

    public ValueTask DisposeAsync() => _app.DisposeAsync();
}
