namespace ReportBot.Core.Conversations;

/// <summary>What a turn costs against the limits: a search, some other work, or nothing.</summary>
public enum TurnCost
{
    /// <summary>Help, about, the pillar list, a stale button: answered from memory.</summary>
    Free,

    /// <summary>A question or its next page ("More results"): a search of the report.</summary>
    Question,

    /// <summary>A pillar page, a vote, a digest command: a look-up or a write to the state file.</summary>
    Action,
}
