namespace ReportBot.Core.Conversations;

public enum TurnActionKind
{
    /// <summary>Show the next page of excerpts for a question asked earlier.</summary>
    MoreResults,

    /// <summary>Show one pillar.</summary>
    ShowPillar,

    /// <summary>A 👍 or 👎 on an answer.</summary>
    Feedback,

    /// <summary>"Why this answer?": the evidence behind an answer, shown only to the user who asked for it.</summary>
    Explain,
}
