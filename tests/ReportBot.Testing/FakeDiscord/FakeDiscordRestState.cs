using System.Text.Json;
using System.Text.Json.Nodes;

namespace ReportBot.Testing;

/// <summary>
/// Everything the fake Discord REST API knows: its configuration, scripted replies, created messages, interaction
/// responses and command sets, and a log of every request. One state can be mapped into any app
/// (<see cref="FakeDiscordRest.Map"/>), e.g. one that also hosts a fake gateway sharing <see cref="BotUserId"/>.
/// </summary>
public sealed class FakeDiscordRestState(TimeProvider? timeProvider = null)
{
    private readonly List<FakeDiscordRestRequest> _requests = [];
    private readonly List<FakeDiscordRestMessage> _messages = [];
    private readonly List<FakeDiscordRestInteractionResponse> _callbacks = [];
    private readonly List<FakeDiscordRestInteractionResponse> _edits = [];
    private readonly Dictionary<FakeDiscordRestRoute, Queue<FakeDiscordRestReply>> _scripts = [];
    private readonly ChangeSignal _changed = new();
    private long _sequence;

    internal Lock Sync { get; } = new();
    internal FakeDiscordRestBuckets Buckets { get; } = new();
    internal Dictionary<(string Channel, string Nonce), FakeDiscordRestMessage> Nonces { get; } = [];
    internal HashSet<string> AcknowledgedInteractions { get; } = [];
    internal Dictionary<string, JsonObject> Originals { get; } = new(StringComparer.Ordinal);
    internal Dictionary<string, JsonArray> CommandSets { get; } = new(StringComparer.Ordinal);
    internal Dictionary<string, string> CommandIds { get; } = new(StringComparer.Ordinal);

    /// <summary>Arrival times, rate-limit windows and snowflakes use this clock (a FakeTimeProvider in tests that advance time).</summary>
    public TimeProvider Time { get; } = timeProvider ?? TimeProvider.System;

    /// <summary>When set, bot routes require exactly <c>Authorization: Bot {BotToken}</c>; otherwise any <c>Bot …</c> value.</summary>
    public string? BotToken { get; set; }

    /// <summary>When set, edits of the original response for another application id get 404 Unknown Webhook.</summary>
    public string? ApplicationId { get; set; }

    /// <summary>What <c>GET /gateway/bot</c> returns as <c>url</c>; null means <c>ws://{the request's host}</c>.</summary>
    public string? GatewayUrl { get; set; }

    public string BotUserId { get; set; } = "1100000000000000001";

    public string BotUsername { get; set; } = "ReportBot";

    /// <summary>Requests per window for routes without <see cref="SetRateLimit"/> (generous, so ordinary tests never wait).</summary>
    public int DefaultRateLimit { get => Buckets.DefaultLimit; set => Buckets.DefaultLimit = value; }

    public TimeSpan DefaultResetAfter { get => Buckets.DefaultResetAfter; set => Buckets.DefaultResetAfter = value; }

    /// <summary>Raised (outside the fake's lock) for every newly created message; not for nonce duplicates.</summary>
    public event Action<FakeDiscordRestMessage>? MessageCreated;

    public IReadOnlyList<FakeDiscordRestRequest> Requests { get { lock (Sync) return [.. _requests]; } }

    public IReadOnlyList<FakeDiscordRestMessage> Messages { get { lock (Sync) return [.. _messages]; } }

    public IReadOnlyList<FakeDiscordRestInteractionResponse> InteractionCallbacks { get { lock (Sync) return [.. _callbacks]; } }

    public IReadOnlyList<FakeDiscordRestInteractionResponse> OriginalEdits { get { lock (Sync) return [.. _edits]; } }

    public IReadOnlyList<FakeDiscordRestRequest> RequestsTo(FakeDiscordRestRoute route) => [.. Requests.Where(r => r.Route == route)];

    /// <summary>The command set last written globally (<paramref name="guildId"/> null) or for a guild, as echoed.</summary>
    public JsonElement? Commands(string? guildId = null)
    {
        lock (Sync) return CommandSets.TryGetValue(CommandScope(guildId), out var set) ? JsonDocument.Parse(set.ToJsonString()).RootElement.Clone() : null;
    }

    /// <summary>Answers the next <paramref name="times"/> requests on <paramref name="route"/> with <paramref name="reply"/>.</summary>
    public void Script(FakeDiscordRestRoute route, FakeDiscordRestReply reply, int times = 1)
    {
        ArgumentNullException.ThrowIfNull(reply);
        lock (Sync)
        {
            if (!_scripts.TryGetValue(route, out var queue)) _scripts[route] = queue = new();
            for (int i = 0; i < times; i++) queue.Enqueue(reply);
        }
    }

    public void ClearScripts()
    {
        lock (Sync) _scripts.Clear();
    }

    /// <summary>Sets the limit and window of a route's buckets (each major parameter counts separately).</summary>
    public void SetRateLimit(FakeDiscordRestRoute route, int limit, TimeSpan resetAfter)
    {
        lock (Sync) Buckets.Configure(route, limit, resetAfter);
    }

    /// <summary>Waits until at least <paramref name="count"/> messages were created (woken by each request).</summary>
    public async Task<IReadOnlyList<FakeDiscordRestMessage>> WaitForMessagesAsync(int count, TimeSpan? timeout = null)
    {
        await WaitUntilAsync(() => Messages.Count >= count, () => $"expected {count} messages, got {Messages.Count}", timeout);
        return Messages;
    }

    /// <summary>Waits until at least <paramref name="count"/> requests matching <paramref name="match"/> arrived (woken by each request).</summary>
    public async Task<IReadOnlyList<FakeDiscordRestRequest>> WaitForRequestsAsync(
        int count, Func<FakeDiscordRestRequest, bool>? match = null, TimeSpan? timeout = null)
    {
        IReadOnlyList<FakeDiscordRestRequest> Matching() => [.. Requests.Where(match ?? (_ => true))];
        await WaitUntilAsync(() => Matching().Count >= count, () => $"expected {count} requests, got {Matching().Count}", timeout);
        return Matching();
    }

    /// <summary>
    /// Waits until <paramref name="condition"/> holds over what the fake knows, looking again after each request it
    /// has recorded; fails with <paramref name="failure"/>'s text after <paramref name="timeout"/> (15 s).
    /// </summary>
    public Task WaitUntilAsync(Func<bool> condition, Func<string> failure, TimeSpan? timeout = null) =>
        _changed.WaitUntilAsync(condition, timeout ?? TimeSpan.FromSeconds(15), () => "Fake Discord REST: " + failure());

    /// <summary>A new, increasing snowflake id based on <see cref="Time"/>.</summary>
    public string NextSnowflake()
    {
        long milliseconds = Math.Max(Time.GetUtcNow().ToUnixTimeMilliseconds() - 1_420_070_400_000, 0);
        return ((milliseconds << 22) | (Interlocked.Increment(ref _sequence) & 0x3F_FFFF)).ToString(System.Globalization.CultureInfo.InvariantCulture);
    }

    internal static string CommandScope(string? guildId) => guildId is null ? "global" : "guild:" + guildId;

    internal bool TryTakeScript(FakeDiscordRestRoute route, out FakeDiscordRestReply reply)
    {
        reply = null!;
        return _scripts.TryGetValue(route, out var queue) && queue.TryDequeue(out reply!);
    }

    internal void Record(FakeDiscordRestRequest request) => _requests.Add(request);

    internal int MessageCount => _messages.Count;

    internal IReadOnlyList<FakeDiscordRestMessage> MessagesSince(int index) => [.. _messages.Skip(index)];

    internal void AddMessage(FakeDiscordRestMessage message) => _messages.Add(message);

    internal void AddCallback(FakeDiscordRestInteractionResponse callback) => _callbacks.Add(callback);

    internal void AddEdit(FakeDiscordRestInteractionResponse edit) => _edits.Add(edit);

    internal void RaiseMessageCreated(FakeDiscordRestMessage message) => MessageCreated?.Invoke(message);

    /// <summary>Wakes the waits: called once a request is recorded with all it changed, outside <see cref="Sync"/>.</summary>
    internal void Changed() => _changed.Pulse();
}
