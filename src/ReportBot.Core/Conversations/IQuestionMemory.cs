namespace ReportBot.Core.Conversations;

/// <summary>
/// Remembers questions behind "More results" buttons, so a button carries a short id instead of the question
/// (Discord's custom_id is limited to 100 characters) and still works after a restart.
/// </summary>
public interface IQuestionMemory
{
    /// <summary>Stores the question (idempotently) and returns its short id.</summary>
    string Remember(string question);

    /// <summary>The question behind <paramref name="id"/>, or null if unknown or expired.</summary>
    string? Recall(string id);
}
