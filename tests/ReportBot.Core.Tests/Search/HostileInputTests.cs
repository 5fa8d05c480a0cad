using ReportBot.Core.Answers;
using ReportBot.Core.Tests.Support;

using ReportBot.Testing;

namespace ReportBot.Core.Tests.Search;

/// <summary>Any text at all gives an answer or a clear refusal, never an exception.</summary>
public sealed class HostileInputTests(SeedReport seed) : IClassFixture<SeedReport>
{
    public static TheoryData<string?> Inputs => new()
    {
        null, "", "   ", "\t\n", "?", "!!!", "AND", "OR NOT", "a OR b NOT c*", "title:(foo", "body:\"unbalanced", "\"5G",
        "*", "?*?", "[1 TO 5]", "{a TO b}", "foo~2^3", "/regex/", "\\", "+-&&||!(){}[]^\"~*?:\\/", "north AND korea OR",
        "🇰🇷🇺🇸🤝", "🙂 5G? 🙂", "\u0000\u0001\u0007 nuclear \u001b[31m", "\u202Eesrever\u202C", "\uFFFF\uFFFE", "\ud800 lone surrogate",
        "'; DROP TABLE passages; --", "<script>alert(1)</script>", "%00%0a", "北朝鮮の核", "كوريا الشمالية", "Ǹörth Kőrëa",
        "what what what what what", "the of and to a in", new string('x', 400), string.Join(" ", Enumerable.Repeat("korea", 90)),
    };

    [Theory]
    [MemberData(nameof(Inputs))]
    public void Any_text_gets_an_answer_or_a_clear_message(string? question)
    {
        var answer = seed.Engine.Ask(question);
        if (answer.Answered) Assert.NotEmpty(answer.Excerpts);
        else
        {
            Assert.Empty(answer.Excerpts);
            Assert.False(string.IsNullOrWhiteSpace(answer.Message));
        }
    }

    [Fact]
    public void Ten_kilobytes_of_text_is_refused_as_too_long_not_truncated()
    {
        var answer = seed.Engine.Ask(string.Join(" ", Enumerable.Repeat("North Korea nuclear", 600)));
        Assert.Equal(AnswerStatus.TooLong, answer.Status);
        Assert.Contains("500", answer.Message);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("   ")]
    [InlineData("\u0000\u0001")]
    public void Empty_questions_ask_for_a_question(string? question)
    {
        Assert.Equal(AnswerStatus.Empty, seed.Engine.Ask(question).Status);
    }

    [Theory]
    [InlineData("AND")]
    [InlineData("???")]
    [InlineData("what is the")]
    [InlineData("🙂🙂")]
    public void Text_with_nothing_to_search_is_not_understood(string question)
    {
        var answer = seed.Engine.Ask(question);
        Assert.Equal(AnswerStatus.NotUnderstood, answer.Status);
        Assert.Contains("topic", answer.Message);
    }

    [Theory]
    [InlineData("(north korea")]
    [InlineData("north AND korea OR")]
    [InlineData("+north -korea^2~")]
    [InlineData("\"north korea")]
    [InlineData("north* korea?")]
    public void Query_syntax_is_just_text(string question)
    {
        var answer = seed.Engine.Ask(question);
        Assert.True(answer.Answered);
        Assert.Contains("North Korea", answer.Excerpts[0].Text);
    }

    [Fact]
    public void Concurrent_questions_are_safe()
    {
        var questions = new[] { "5G", "North Korea nuclear", "Japan tensions", "trade", "kimchi recipe", "AND", "" };
        var expected = questions.Select(q => seed.Engine.Ask(q)).ToArray();
        Parallel.For(0, 400, i =>
        {
            var answer = seed.Engine.Ask(questions[i % questions.Length]);
            var alone = expected[i % questions.Length];
            Assert.Equal(alone.Status, answer.Status);
            Assert.Equal(alone.Excerpts.Select(e => e.PassageId), answer.Excerpts.Select(e => e.PassageId));
        });
    }
}
