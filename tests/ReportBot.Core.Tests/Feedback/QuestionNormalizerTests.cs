using ReportBot.Core.Feedback;

namespace ReportBot.Core.Tests.Feedback;

public sealed class QuestionNormalizerTests
{
    [Theory]
    [InlineData("What about 5G?", "what about 5g")]
    [InlineData("  what   about\t5G  ", "what about 5g")]
    [InlineData("WHAT ABOUT 5G!?.", "what about 5g")]
    [InlineData("North\u200BKorea", "north korea")]
    [InlineData("", "")]
    [InlineData(null, "")]
    public void Variants_of_one_question_normalise_to_one_text(string? asked, string expected) =>
        Assert.Equal(expected, QuestionNormalizer.Normalize(asked));

    [Fact]
    public void Long_questions_are_capped_without_splitting_a_surrogate_pair()
    {
        string text = new string('a', QuestionNormalizer.MaxLength - 1) + "😀" + new string('b', 50);
        string normalised = QuestionNormalizer.Normalize(text);
        Assert.True(normalised.Length <= QuestionNormalizer.MaxLength + 1);
        Assert.EndsWith("…", normalised, StringComparison.Ordinal);
        Assert.False(char.IsHighSurrogate(normalised[^2]));
    }
}
