using System.Collections.Concurrent;
using ReportBot.Discord.Gateway;
using ReportBot.Discord.Schema;
using ReportBot.Testing;

namespace ReportBot.Discord.Tests.Gateway;

/// <summary>
/// Records what the gateway hands over, pulsing <see cref="Changes"/> after each record so tests wait on it;
/// <see cref="OnMessage"/> lets a test make a handler slow or failing.
/// </summary>
internal sealed class RecordingGatewayHandler : IGatewayEventHandler
{
    public ChangeSignal Changes { get; init; } = new();

    public ConcurrentQueue<ReadyEvent> Ready { get; } = new();

    /// <summary>Messages whose handler started.</summary>
    public ConcurrentQueue<DiscordMessage> Started { get; } = new();

    /// <summary>Messages whose handler finished without throwing.</summary>
    public ConcurrentQueue<DiscordMessage> Messages { get; } = new();

    public ConcurrentQueue<Interaction> Interactions { get; } = new();

    public Func<DiscordMessage, CancellationToken, Task>? OnMessage { get; set; }

    public Task OnReadyAsync(ReadyEvent ready, CancellationToken cancellationToken)
    {
        Ready.Enqueue(ready);
        Changes.Pulse();
        return Task.CompletedTask;
    }

    public async Task OnMessageCreateAsync(DiscordMessage message, CancellationToken cancellationToken)
    {
        Started.Enqueue(message);
        Changes.Pulse();
        if (OnMessage is { } behaviour) await behaviour(message, cancellationToken);
        Messages.Enqueue(message);
        Changes.Pulse();
    }

    public Task OnInteractionCreateAsync(Interaction interaction, CancellationToken cancellationToken)
    {
        Interactions.Enqueue(interaction);
        Changes.Pulse();
        return Task.CompletedTask;
    }
}
