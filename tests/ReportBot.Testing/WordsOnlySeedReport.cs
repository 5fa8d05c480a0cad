namespace ReportBot.Testing;

/// <summary>The seed report ranked by words alone: the bot with <c>Answers:Semantic=false</c> or without its model.</summary>
public sealed class WordsOnlySeedReport() : SeedReport(semantic: false);
