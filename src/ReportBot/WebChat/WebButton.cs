namespace ReportBot.WebChat;

/// <summary>A button: its label and the encoded action to post back when pressed.</summary>
public sealed record WebButton(string Label, string Action);
