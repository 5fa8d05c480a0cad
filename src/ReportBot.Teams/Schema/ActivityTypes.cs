namespace ReportBot.Teams.Schema;

/// <summary>The activity types the adapter acts on; others are acknowledged and ignored.</summary>
public static class ActivityTypes
{
    public const string Message = "message";
    public const string ConversationUpdate = "conversationUpdate";
    public const string Invoke = "invoke";
}
