namespace ReportBot.WebChat;

public sealed record WebExcerpt(int Rank, string PassageId, string Text, string Snippet, string Citation, int? Page, IReadOnlyList<WebPillar> Pillars);
