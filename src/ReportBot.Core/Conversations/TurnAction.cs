using System.Globalization;
using ReportBot.Core.Feedback;

namespace ReportBot.Core.Conversations;

/// <summary>
/// What a button press asks for. Encodes to a compact string (well under Discord's 100-character custom_id
/// limit) so any platform can carry it in a button and hand it back verbatim.
/// </summary>
public sealed record TurnAction(TurnActionKind Kind, string? QuestionId = null, int Skip = 0, int Pillar = 0, string? AnswerId = null, FeedbackVote Vote = FeedbackVote.Up)
{
    public const int MaxEncodedLength = 100;

    public static TurnAction More(string questionId, int skip) => new(TurnActionKind.MoreResults, questionId, skip);

    public static TurnAction Explain(string questionId, int skip) => new(TurnActionKind.Explain, questionId, skip);

    public static TurnAction ShowPillar(int number) => new(TurnActionKind.ShowPillar, Pillar: number);

    public static TurnAction Rate(string answerId, FeedbackVote vote) => new(TurnActionKind.Feedback, AnswerId: answerId, Vote: vote);

    /// <summary>"more:{questionId}:{skip}", "why:{questionId}:{skip}", "pillar:{n}" or "vote:{answerId}:up|down".</summary>
    public string Encode() => Kind switch
    {
        TurnActionKind.MoreResults => string.Create(CultureInfo.InvariantCulture, $"more:{QuestionId}:{Skip}"),
        TurnActionKind.Explain => string.Create(CultureInfo.InvariantCulture, $"why:{QuestionId}:{Skip}"),
        TurnActionKind.ShowPillar => string.Create(CultureInfo.InvariantCulture, $"pillar:{Pillar}"),
        TurnActionKind.Feedback => $"vote:{AnswerId}:{(Vote == FeedbackVote.Up ? "up" : "down")}",
        _ => throw new InvalidOperationException($"Unknown action {Kind}"),
    };

    /// <summary>Reads an encoded action; anything malformed, oversized or unknown gives null.</summary>
    public static TurnAction? TryDecode(string? encoded)
    {
        if (string.IsNullOrEmpty(encoded) || encoded.Length > MaxEncodedLength) return null;
        var parts = encoded.Split(':');
        return parts switch
        {
            ["more", var id, var skip] when IsId(id)
                && int.TryParse(skip, NumberStyles.None, CultureInfo.InvariantCulture, out int s) && s is >= 0 and <= 1000
                => More(id, s),
            ["why", var id, var skip] when IsId(id)
                && int.TryParse(skip, NumberStyles.None, CultureInfo.InvariantCulture, out int w) && w is >= 0 and <= 1000
                => Explain(id, w),
            ["pillar", var n] when int.TryParse(n, NumberStyles.None, CultureInfo.InvariantCulture, out int p) && p is > 0 and < 1000
                => ShowPillar(p),
            ["vote", var id, "up" or "down"] when IsId(id) => Rate(id, parts[2] == "up" ? FeedbackVote.Up : FeedbackVote.Down),
            _ => null,
        };
    }

    private static bool IsId(string id) => id.Length is > 0 and <= 32 && id.All(char.IsAsciiLetterOrDigit);
}
