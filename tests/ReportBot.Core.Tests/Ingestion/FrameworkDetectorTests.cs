using System.Text;
using ReportBot.Core.Documents;
using ReportBot.Core.Ingestion;

namespace ReportBot.Core.Tests.Ingestion;

public sealed class FrameworkDetectorTests
{
    private static IReadOnlyList<Framework> Detect(string markdown)
    {
        var document = new MarkdownDocumentReader().Read("t.md", Encoding.UTF8.GetBytes(markdown));
        return FrameworkDetector.Detect(new PassageSplitter().Split([document]));
    }

    [Fact]
    public void An_announced_count_followed_by_that_many_items_is_a_framework()
    {
        var frameworks = Detect("""
            # Strategy

            The plan rests on the following four strategic priorities:

            1. Strengthen allied deterrence by investing in new capabilities.
            2. Expand bilateral trade through a new agreement.
            3. Deepen cooperation on health.
            4. Modernize command structures, focusing on joint planning.
            """);
        var framework = Assert.Single(frameworks);
        Assert.Equal("strategic priorities", framework.Name);
        Assert.Equal("priority", framework.ItemNoun);
        Assert.Equal(["Strengthen allied deterrence", "Expand bilateral trade", "Deepen cooperation on health", "Modernize command structures"],
            framework.Items.Select(i => i.Title));
    }

    [Fact]
    public void A_count_that_does_not_match_the_list_is_ignored()
    {
        Assert.Empty(Detect("""
            We propose three recommendations:

            1. Do the first thing well.
            2. Do the second thing well.
            """));
    }

    [Fact]
    public void A_list_without_an_announcement_is_not_a_framework()
    {
        Assert.Empty(Detect("""
            Some considerations follow:

            1. The first consideration matters.
            2. The second consideration matters.
            """));
    }

    [Theory]
    [InlineData("policy pillars", "pillar")]
    [InlineData("broad lines of effort", "line of effort")]
    [InlineData("key priorities", "priority")]
    [InlineData("goals", "goal")]
    public void The_item_noun_is_the_singular_head_of_the_announced_name(string name, string noun)
    {
        Assert.Equal(noun, FrameworkDetector.ItemNoun(name));
    }

    [Fact]
    public void The_pillars_are_the_framework_named_by_the_configured_noun_else_the_largest()
    {
        var small = new Framework("lines of effort", "line of effort", "", [new(1, "a", "a", "x"), new(2, "b", "b", "y")]);
        var big = new Framework("goals", "goal", "", [new(1, "a", "a", "x"), new(2, "b", "b", "y"), new(3, "c", "c", "z")]);
        Assert.Same(small, FrameworkDetector.ChoosePillars([small, big], "line of effort"));
        Assert.Same(big, FrameworkDetector.ChoosePillars([small, big], "pillar"));
        Assert.Null(FrameworkDetector.ChoosePillars([], "pillar"));
    }
}
