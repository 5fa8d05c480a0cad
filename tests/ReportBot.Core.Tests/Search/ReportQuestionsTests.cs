using ReportBot.Core.Answers;

namespace ReportBot.Core.Tests.Search;

public sealed class ReportQuestionsTests
{
    [Theory]
    [InlineData("Who wrote the report?", ReportFact.Authors)]
    [InlineData("who's behind this paper", ReportFact.Authors)]
    [InlineData("authors?", ReportFact.Authors)]
    [InlineData("Who are the authors of this study?", ReportFact.Authors)]
    [InlineData("who wrote the forword", ReportFact.ForewordAuthor)]
    [InlineData("Who did the intro for this", ReportFact.ForewordAuthor)]
    [InlineData("when did this come out?", ReportFact.Date)]
    [InlineData("publication date", ReportFact.Date)]
    [InlineData("When was the report published?", ReportFact.Date)]
    [InlineData("Who published it?", ReportFact.Publisher)]
    [InlineData("What's the full title of the report?", ReportFact.Title)]
    [InlineData("how long is the report", ReportFact.Length)]
    public void Questions_about_the_publication_are_recognised_by_their_shape(string question, ReportFact fact) =>
        Assert.Equal(fact, ReportQuestions.FactAskedFor(question));

    [Theory]
    [InlineData("What did the authors argue about trade?")]
    [InlineData("Who is Kristine Lee?")]
    [InlineData("What does the foreword say about China?")]
    [InlineData("When will the alliance turn 70?")]
    [InlineData("Who wrote about moving forward on 5G")]
    [InlineData("")]
    public void Questions_about_the_content_are_left_to_the_search(string question) =>
        Assert.Null(ReportQuestions.FactAskedFor(question));

    [Theory]
    [InlineData("hi", true)]
    [InlineData("Hello there!", true)]
    [InlineData("thanks!", true)]
    [InlineData("Thank you so much", true)]
    [InlineData("hi-tech exports", false)]
    [InlineData("hello, what about 5G?", false)]
    public void Greetings_and_thanks_are_small_talk_and_nothing_else_is(string text, bool smallTalk) =>
        Assert.Equal(smallTalk, ReportQuestions.IsSmallTalk(text));
}
