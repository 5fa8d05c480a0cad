namespace ReportBot.Core.Conversations;

/// <summary>The adapter's reference to a conversation, as JSON opaque to everything else, and whether its endpoint was verified.</summary>
/// <param name="Reference">What the adapter needs to post there without a user turn.</param>
/// <param name="Verified">True when the endpoint in it was vouched for by a validated token or a signed request.</param>
public sealed record ReturnAddress(string Reference, bool Verified);
