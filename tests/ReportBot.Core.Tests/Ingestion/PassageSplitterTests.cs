using ReportBot.Core.Documents;
using ReportBot.Core.Ingestion;

namespace ReportBot.Core.Tests.Ingestion;

public sealed class PassageSplitterTests
{
    private static SourceDocument Doc(params DocumentBlock[] blocks) => new("test.md", new ReportMetadata(), blocks);

    private static DocumentBlock Para(string text, int? page = null) => new(BlockKind.Paragraph, text) { Page = page };

    private static string Sentences(int count, int wordsEach) =>
        string.Join(" ", Enumerable.Range(1, count).Select(i =>
            "Sentence " + i + " " + string.Join(" ", Enumerable.Repeat("word", wordsEach - 3)) + " ends."));

    [Fact]
    public void A_long_paragraph_is_split_at_sentence_boundaries_into_verbatim_parts()
    {
        string text = Sentences(12, 20); // 240 words
        var passages = new PassageSplitter().Split([Doc(Para(text))]);

        Assert.InRange(passages.Count, 2, 4);
        Assert.All(passages, p => Assert.InRange(p.WordCount, 40, 120));
        Assert.All(passages, p => Assert.EndsWith("ends.", p.Text));
        Assert.All(passages, p => Assert.StartsWith("Sentence", p.Text));
        Assert.Equal(text, string.Join(" ", passages.Select(p => p.Text)));
    }

    [Fact]
    public void A_paragraph_within_the_limit_stays_whole()
    {
        string text = Sentences(4, 20);
        Assert.Equal(text, Assert.Single(new PassageSplitter().Split([Doc(Para(text))])).Text);
    }

    [Fact]
    public void A_short_paragraph_joins_the_next_one_in_its_section()
    {
        var passages = new PassageSplitter().Split([Doc(
            new DocumentBlock(BlockKind.Heading, "Jane Doe") { Level = 2 },
            Para("Senior Fellow"),
            Para("Jane Doe is a senior fellow who writes about trade and the alliance in the region."))]);
        var passage = Assert.Single(passages);
        Assert.Equal("Senior Fellow\nJane Doe is a senior fellow who writes about trade and the alliance in the region.", passage.Text);
        Assert.Equal(["Jane Doe"], passage.SectionPath);
    }

    [Fact]
    public void Section_paths_follow_heading_levels()
    {
        var passages = new PassageSplitter().Split([Doc(
            new DocumentBlock(BlockKind.Heading, "Part One") { Level = 1 },
            new DocumentBlock(BlockKind.Heading, "Chapter A") { Level = 2 },
            Para("The first chapter has a paragraph that is long enough to stand alone as a passage."),
            new DocumentBlock(BlockKind.Heading, "Part Two") { Level = 1 },
            Para("The second part has a paragraph that is long enough to stand alone as a passage."))]);
        Assert.Equal(["Part One", "Chapter A"], passages[0].SectionPath);
        Assert.Equal(["Part Two"], passages[1].SectionPath);
        Assert.Equal("Part One › Chapter A", passages[0].Section);
    }

    [Fact]
    public void Pages_are_carried_from_blocks_to_passages()
    {
        var passages = new PassageSplitter().Split([Doc(
            Para("A paragraph on the third page, long enough to be a passage of its own.", page: 3),
            new DocumentBlock(BlockKind.Paragraph, "A paragraph that starts on page four and runs onto page five of the report.") { Page = 4, EndPage = 5 })]);
        Assert.Equal(3, passages[0].Page);
        Assert.Null(passages[0].EndPage);
        Assert.Equal((4, 5), (passages[1].Page!.Value, passages[1].EndPage!.Value));
    }

    [Fact]
    public void Ids_depend_on_section_and_text_only()
    {
        string a = PassageSplitter.StableId(["Executive Summary"], "Some text.");
        Assert.Equal(a, PassageSplitter.StableId(["Executive Summary"], "Some text."));
        Assert.NotEqual(a, PassageSplitter.StableId(["Executive Summary"], "Other text."));
        Assert.StartsWith("executive-summary-", a);
    }
}
