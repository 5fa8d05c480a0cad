using ReportBot.Core.Answers;

namespace ReportBot.WebChat;

public sealed record WebPillar(int Number, string Title)
{
    public static WebPillar From(PillarRef p) => new(p.Number, p.Title);
}
