namespace ReportBot.Core.Conversations;

/// <summary>A button offered with a reply: its label and what pressing it does.</summary>
public sealed record ReplyButton(string Label, TurnAction Action);
