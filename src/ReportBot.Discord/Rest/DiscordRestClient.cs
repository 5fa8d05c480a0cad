using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using Microsoft.Extensions.Options;
using ReportBot.Core.Net;
using ReportBot.Discord.Hosting;
using Route = ReportBot.Discord.Rest.RateLimits.Route;
using ReportBot.Discord.Schema;

namespace ReportBot.Discord.Rest;

/// <summary>
/// The Discord REST API over the named HttpClient <see cref="HttpClientName"/>: maps each call to its route and
/// hands it to <see cref="RestRequestSender"/>, which authenticates, respects the rate limits and retries.
/// </summary>
public sealed class DiscordRestClient : IDiscordRestClient
{
    /// <summary>The named HttpClient used for every Discord REST call (register it without a retry handler: this client retries).</summary>
    public const string HttpClientName = "discord-rest";

    /// <summary>Discord's required form: <c>DiscordBot ($url, $versionNumber)</c>.</summary>
    public const string UserAgent = "DiscordBot (https://github.com/reportbot/reportbot, 1.0)";

    private readonly RestRequestSender _sender;

    public DiscordRestClient(
        IHttpClientFactory httpClients,
        IOptions<DiscordOptions> discordOptions,
        IOptions<DiscordRestClientOptions> restOptions,
        BotTokenStatus token,
        SecretRedactor redactor,
        TimeProvider timeProvider,
        ILogger<DiscordRestClient> logger)
    {
        _sender = new RestRequestSender(httpClients, discordOptions.Value, restOptions.Value, token, redactor, timeProvider, logger);
    }

    public Task<GatewayBotInfo> GetGatewayBotAsync(CancellationToken cancellationToken) =>
        SendAsync(RestRequest.Create(new Route(HttpMethod.Get, "/gateway/bot"), "/gateway/bot"),
            DiscordJsonContext.Default.GatewayBotInfo, cancellationToken);

    public Task<DiscordMessage> CreateMessageAsync(string channelId, MessageParams message, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(message);
        string path = $"/channels/{RestRequest.Segment(channelId, nameof(channelId))}/messages";
        var route = new Route(HttpMethod.Post, "/channels/{channel_id}/messages", channelId);
        return SendAsync(RestRequest.Create(route, path, message, DiscordJsonContext.Default.MessageParams),
            DiscordJsonContext.Default.DiscordMessage, cancellationToken);
    }

    public Task CreateInteractionResponseAsync(
        string interactionId, string interactionToken, InteractionResponse response, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(response);
        string path = $"/interactions/{RestRequest.Segment(interactionId, nameof(interactionId))}/"
            + $"{RestRequest.Segment(interactionToken, nameof(interactionToken))}/callback";
        var route = new Route(HttpMethod.Post, "/interactions/{interaction_id}/{interaction_token}/callback", interactionId);
        var request = RestRequest.Create(route, path, response, DiscordJsonContext.Default.InteractionResponse);
        return _sender.SendAsync(request, cancellationToken);
    }

    public Task EditOriginalResponseAsync(
        string applicationId, string interactionToken, MessageParams message, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(message);
        string path = $"/webhooks/{RestRequest.Segment(applicationId, nameof(applicationId))}/"
            + $"{RestRequest.Segment(interactionToken, nameof(interactionToken))}/messages/@original";
        // Webhook limits are keyed by webhook id + token; the token stays inside the route, which never prints it.
        var route = new Route(HttpMethod.Patch, "/webhooks/{application_id}/{interaction_token}/messages/@original",
            applicationId + "/" + interactionToken);
        var request = RestRequest.Create(route, path, message, DiscordJsonContext.Default.MessageParams);
        return _sender.SendAsync(request, cancellationToken);
    }

    public async Task<IReadOnlyList<ApplicationCommand>> BulkOverwriteCommandsAsync(
        string applicationId, string? guildId, IReadOnlyList<ApplicationCommand> commands, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(commands);
        string application = RestRequest.Segment(applicationId, nameof(applicationId));
        var (route, path) = guildId is null
            ? (new Route(HttpMethod.Put, "/applications/{application_id}/commands", applicationId),
                $"/applications/{application}/commands")
            : (new Route(HttpMethod.Put, "/applications/{application_id}/guilds/{guild_id}/commands", guildId),
                $"/applications/{application}/guilds/{RestRequest.Segment(guildId, nameof(guildId))}/commands");
        var request = RestRequest.Create(route, path, commands, DiscordJsonContext.Default.IReadOnlyListApplicationCommand);
        return await SendAsync(request, DiscordJsonContext.Default.ListApplicationCommand, cancellationToken).ConfigureAwait(false);
    }

    private async Task<T> SendAsync<T>(RestRequest request, JsonTypeInfo<T> responseType, CancellationToken cancellationToken)
    {
        var (status, body) = await _sender.SendAsync(request, cancellationToken).ConfigureAwait(false);
        try
        {
            return JsonSerializer.Deserialize(body, responseType)
                ?? throw new JsonException("the body was null");
        }
        catch (JsonException e)
        {
            throw new DiscordRestException(status, null, $"Discord's answer to {request.Route} could not be read", e);
        }
    }
}
