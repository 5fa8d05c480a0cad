namespace ReportBot.Testing;

/// <summary>How a fake can fail a request instead of answering it.</summary>
public enum NetworkFault
{
    None,

    /// <summary>No answer at all: the response is held until the client gives up (or the fake stops).</summary>
    Hang,

    /// <summary>The connection is cut mid-request, without a response.</summary>
    Drop,
}
