namespace ReportBot.Core.Conversations;

/// <summary>What a reply is, so renderers can style it (an error is not an answer).</summary>
public enum ReplyKind
{
    Answer,
    NotCovered,
    Pillar,
    PillarList,
    About,
    Help,
    Welcome,

    /// <summary>The user's input could not be used (empty, too long, unknown command, bad pillar number, stale button).</summary>
    Problem,

    /// <summary>A short acknowledgement meant only for the user who acted (thanks for a vote).</summary>
    Acknowledgement,

    /// <summary>The daily recommendation posted to a subscribed conversation.</summary>
    Digest,
}
