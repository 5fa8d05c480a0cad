using ReportBot.Core.Digest;

namespace ReportBot.Core.Tests.Digest;

public sealed class ActionPhrasesTests
{
    [Theory]
    [InlineData("Deepen ties in new fields, such as space, cyber, and public health.", new[] { "space", "cyber", "public health" })]
    [InlineData("Strengthen the trade relationship by cutting tariffs on steel, aluminium, and autos, easing visa rules, and expanding data flows.",
        new[] { "cutting tariffs on steel, aluminium, and autos", "easing visa rules", "expanding data flows" })]
    [InlineData("Work together on defense, focusing on missile defense and building joint (shared, allied) stockpiles.",
        new[] { "missile defense", "building joint (shared, allied) stockpiles" })]
    [InlineData("Coordinate on diplomacy, with an emphasis on countering disinformation or supporting a free press.",
        new[] { "countering disinformation", "supporting a free press" })]
    [InlineData("Review trade actions by the United States.", new string[0])]
    [InlineData("Manage tensions through quiet diplomacy.", new string[0])]
    [InlineData("By doing more, the allies win.", new string[0])]
    public void Actions_are_the_listed_phrases_verbatim(string statement, string[] expected)
    {
        var found = ActionPhrases.Find(statement).Select(r => statement[r]).ToArray();
        Assert.Equal(expected, found);
    }

    [Theory]
    [InlineData("It could and should be doing more.", "pillar 2")]
    [InlineData("We recommend a standing working group on space.", "pillars")]
    [InlineData("Officials in Seoul must meet more often.", "What does the report say about officials in Seoul?")]
    [InlineData("Seoul will also need to invest in chips.", "What does the report say about Seoul?")]
    public void Sentence_follow_ups_name_the_actor_or_fall_back(string sentence, string expected)
    {
        // Where the modal is, found directly: the catalogue no longer takes "It …" sentences, but the fallback stays.
        int modal = System.Text.RegularExpressions.Regex.Match(sentence, @"\b(should|must|need|recommend)").Index;
        var pillars = sentence.StartsWith("It", StringComparison.Ordinal) ? new[] { new Core.Answers.PillarRef(2, "Trade") } : [];
        Assert.Equal(expected, FollowUpQuestions.ForSentence(sentence, modal, pillars, w => w == "Seoul", "pillars"));
    }
}
