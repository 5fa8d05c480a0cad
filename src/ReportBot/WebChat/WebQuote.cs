namespace ReportBot.WebChat;

public sealed record WebQuote(string Text, string? Citation, IReadOnlyList<WebPillar> Pillars);
