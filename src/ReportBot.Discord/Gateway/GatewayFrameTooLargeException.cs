namespace ReportBot.Discord.Gateway;

/// <summary>A frame the bot was about to send exceeds the gateway's limit; the gateway would close with 4002.</summary>
public sealed class GatewayFrameTooLargeException(int size)
    : InvalidOperationException($"a gateway frame of {size} bytes exceeds the {GatewayConnection.MaxFrameBytes}-byte limit")
{
    public int Size { get; } = size;
}
