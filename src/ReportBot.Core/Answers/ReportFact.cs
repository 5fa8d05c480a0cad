namespace ReportBot.Core.Answers;

/// <summary>Which fact about the report itself a question asks for.</summary>
public enum ReportFact
{
    Authors,
    ForewordAuthor,
    Date,
    Publisher,
    Title,
    Length,
}
