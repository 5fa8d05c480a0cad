namespace ReportBot.Core.Commands;

/// <summary>Who may run a command (or one of its sub-commands).</summary>
public enum CommandAudience
{
    Everyone,

    /// <summary>Members who may change the conversation's settings (<see cref="Conversations.Turn.MayConfigure"/>).</summary>
    ConversationManagers,
}
