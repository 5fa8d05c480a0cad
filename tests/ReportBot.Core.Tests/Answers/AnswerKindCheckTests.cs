using ReportBot.Core.Answers;
using Xunit;

namespace ReportBot.Core.Tests.Answers;

public sealed class AnswerKindCheckTests
{
    private static readonly DateOnly Published = new(2020, 11, 16);

    [Theory]
    [InlineData("How many US troops are stationed in Korea?", "The alliance is a primary deterrent to the threat.")]
    [InlineData("how much did the program cost", "Cooperation on health and science should grow.")]
    [InlineData("how big was the grant in dollars", "This report was made possible by the generous funding of the foundation.")]
    [InlineData("what is the population of the country", "The allies celebrate their 70th anniversary in 2023.")]
    public void A_question_asking_for_a_figure_is_not_answered_by_a_passage_without_one(string question, string passage) =>
        Assert.Equal(1, AnswerKindCheck.Missing(question, passage, Published));

    [Theory]
    [InlineData("How many policy pillars are there?", "The report sets out the following six policy pillars.")]
    [InlineData("How long was he in government?", "His career spanned approximately two decades.")]
    [InlineData("how much did the tariffs matter", "Disputes over unilateral 232 tariffs strained ties.")]
    [InlineData("How big is the nuclear threat?", "North Korea's growing nuclear arsenal.")]
    [InlineData("What does the report say about burden-sharing?", "Defense burden-sharing remains a point of friction.")]
    public void A_passage_that_can_hold_the_answer_passes(string question, string passage) =>
        Assert.Equal(0, AnswerKindCheck.Missing(question, passage, Published));

    [Fact]
    public void A_year_after_the_report_needs_a_passage_that_names_it()
    {
        Assert.Equal(1, AnswerKindCheck.Missing("What did the 2024 election mean?", "The election of Joseph R. Biden.", Published));
        Assert.Equal(0, AnswerKindCheck.Missing("What is planned for 2023?", "In 2023 the alliance turns 70.", Published));
        Assert.Equal(0, AnswerKindCheck.Missing("What happened in 2019?", "Talks stalled.", Published));
        Assert.Equal(0, AnswerKindCheck.Missing("What did the 2024 election mean?", "Talks stalled.", published: null));
    }
}
