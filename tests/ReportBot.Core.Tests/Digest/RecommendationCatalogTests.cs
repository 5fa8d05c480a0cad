using ReportBot.Core.Commands;
using ReportBot.Core.Conversations;
using ReportBot.Core.Digest;
using ReportBot.Testing;
using Xunit.Abstractions;

namespace ReportBot.Core.Tests.Digest;

public sealed class RecommendationCatalogTests(SeedReport seed, ITestOutputHelper output) : IClassFixture<SeedReport>
{
    private IReadOnlyList<Recommendation> Catalog => RecommendationCatalog.Build(seed.Report);

    [Fact]
    public void Prints_the_catalogue_for_reading()
    {
        var catalog = Catalog;
        output.WriteLine($"{catalog.Count} recommendations");
        foreach (var item in catalog)
        {
            output.WriteLine($"[{item.Id}] {item.Kind} · {item.Citation} · pillars {string.Join(",", item.Pillars.Select(p => p.Number))}");
            if (item.Label is not null) output.WriteLine($"    label: {item.Label}");
            if (item.Focus is not null) output.WriteLine($"    focus: {item.Focus}");
            output.WriteLine($"    quote: {item.Quote}");
            output.WriteLine($"    ask:   {item.FollowUp}");
        }
        Assert.InRange(catalog.Count, 20, 80);
    }

    [Fact]
    public void Every_pillar_statement_is_an_item_with_its_own_pillar()
    {
        var pillars = Catalog.Where(i => i.Kind == RecommendationKind.Pillar).ToList();
        Assert.Equal(seed.Report.Pillars!.Items.Select(p => p.Statement), pillars.Select(p => p.Quote));
        Assert.Equal(6, pillars.Count);
        for (int n = 1; n <= 6; n++)
        {
            var pillar = pillars[n - 1];
            Assert.Equal(n, Assert.Single(pillar.Pillars).Number);
            Assert.Equal($"pillar {n}", pillar.FollowUp);
            Assert.Equal("Executive Summary", pillar.Citation.Section);
            Assert.Null(pillar.Focus);
        }
        var followUp = new ChatGrammar(DeclaredCommands.Set()).Parse(pillars[3].FollowUp).Invocation!;
        Assert.Equal(("pillar", "4"), (followUp.Command.Name, followUp.Argument("number")));
    }

    [Theory]
    [InlineData(1, "5G deployment")]
    [InlineData(1, "renewable energy development")]
    [InlineData(1, "next-generation telecommunications security")]
    [InlineData(2, "reducing barriers to the flow of capital, data, and talent between the two countries")]
    [InlineData(2, "working together on World Trade Organization (WTO) reform")]
    [InlineData(2, "joining the Comprehensive and Progressive Agreement for Trans-Pacific Partnership (CPTPP)")]
    [InlineData(3, "combating foreign influence operations")]
    [InlineData(3, "developing norms in cybersecurity")]
    [InlineData(4, "asymmetric capabilities")]
    [InlineData(5, "building an alliance innovation base")]
    public void Pillar_actions_are_verbatim_phrases_of_their_statement(int pillar, string focus)
    {
        var action = Assert.Single(Catalog, i => i.Kind == RecommendationKind.Action && i.Focus == focus);
        Assert.Contains(focus, action.Quote, StringComparison.Ordinal);
        Assert.Equal(seed.Report.Pillars!.Find(pillar)!.Statement, action.Quote);
        Assert.Equal(pillar, Assert.Single(action.Pillars).Number);
        Assert.StartsWith($"Pillar {pillar}: ", action.Label);
    }

    [Fact]
    public void Lists_split_only_between_actions_not_inside_them()
    {
        var foci = Catalog.Where(i => i.Kind == RecommendationKind.Action).Select(i => i.Focus!).ToList();
        // Nouns listed inside one action, and "and" inside a name, never become actions of their own.
        Assert.DoesNotContain("data", foci);
        Assert.DoesNotContain(foci, f => f.StartsWith("talent", StringComparison.Ordinal));
        Assert.DoesNotContain(foci, f => f.StartsWith("Progressive", StringComparison.Ordinal));
        Assert.DoesNotContain(foci, f => f.StartsWith("and ", StringComparison.Ordinal) || f.EndsWith(',') || f.EndsWith('.'));
        Assert.Equal(5, foci.Count(f => seed.Report.Pillars!.Find(1)!.Statement.Contains(f, StringComparison.Ordinal)));
        Assert.Equal(3, Catalog.Count(i => i.Kind == RecommendationKind.Action && i.Pillars[0].Number == 2));
    }

    [Fact]
    public void Action_follow_ups_ask_about_the_action()
    {
        var action = Catalog.Single(i => i.Focus == "5G deployment");
        Assert.Equal("What does the report say about 5G deployment?", action.FollowUp);
        // Long actions are cut to their head so the question stays readable.
        Assert.All(Catalog.Where(i => i.Kind == RecommendationKind.Action),
            i => Assert.InRange(i.FollowUp.Split(' ').Length, 6, 6 + 12));
    }

    [Fact]
    public void The_three_lines_of_effort_are_items_with_their_pillar_refs()
    {
        var lines = Catalog.Where(i => i.Kind == RecommendationKind.FrameworkItem).ToList();
        Assert.Equal(3, lines.Count);
        Assert.StartsWith("Reduce the irritants", lines[0].Quote);
        Assert.StartsWith("Aggressively engage", lines[1].Quote);
        Assert.StartsWith("Broaden the aperture", lines[2].Quote);
        Assert.StartsWith("Line of effort 1: ", lines[0].Label);
        Assert.All(lines, l => Assert.StartsWith("Foreword", l.Citation.Section));
        var third = seed.Report.FindPassage(seed.Report.Frameworks.SelectMany(f => f.Items).Single(i => lines[2].Quote == i.Statement).PassageId)!;
        Assert.Equal(third.Pillars, lines[2].Pillars.Select(p => p.Number));
        Assert.Equal("What does the report recommend to aggressively engage in traditional alliance issues?", lines[1].FollowUp);
    }

    [Fact]
    public void Recommending_sentences_are_items_and_descriptions_are_not()
    {
        var sentences = Catalog.Where(i => i.Kind == RecommendationKind.Sentence).Select(i => i.Quote).ToList();
        // "It" stands for something in the sentence before: alone, as a day's post, it recommends nothing.
        Assert.DoesNotContain("It could and should be doing more.", sentences);
        Assert.Contains(sentences, s => s.StartsWith("Policymakers in Washington and Seoul will need to draw upon", StringComparison.Ordinal));
        Assert.Contains(sentences, s => s.Contains("the United States should parlay these efforts", StringComparison.Ordinal));
        // Mentions "recommendations" but recommends nothing.
        Assert.DoesNotContain(sentences, s => s.Contains("observations and recommendations", StringComparison.Ordinal));
        // Introduces the lines of effort, which are items of their own.
        Assert.DoesNotContain(sentences, s => s.EndsWith(':'));
        Assert.All(sentences, s => Assert.True(s.Split(' ').Length >= 6, s));
    }

    [Fact]
    public void Sentence_follow_ups_ask_about_who_should_act_or_show_the_pillar()
    {
        var sentences = Catalog.Where(i => i.Kind == RecommendationKind.Sentence).ToList();
        Assert.Equal("What does the report say about policymakers in Washington and Seoul?",
            sentences.Single(s => s.Quote.StartsWith("Policymakers", StringComparison.Ordinal)).FollowUp);
        Assert.Equal("What does the report say about the United States?",
            sentences.Single(s => s.Quote.Contains("should parlay", StringComparison.Ordinal)).FollowUp);
    }

    /// <summary>
    /// Every sentence the digest may post, with its pillars, written out so that a reader can judge each one: does it
    /// recommend an action, and is the pillar the one its content supports? A change to the catalogue shows up here.
    /// </summary>
    [Fact]
    public void The_recommending_sentences_of_the_landing_page_are_these()
    {
        var sentences = Catalog.Where(i => i.Kind == RecommendationKind.Sentence)
            .Select(i => $"{string.Join(",", i.Pillars.Select(p => p.Number))} | {i.Quote}").ToList();
        Assert.Equal(
        [
            " | Policymakers in Washington and Seoul will need to draw upon the best possible expertise in order to seize this window for significant progress.",
            "3,4 | As Seoul adopts globally oriented policies, buoyed by its position at the leading edge of certain technology areas and its successful COVID-19 pandemic response, the United States should parlay these efforts into a more concrete role for South Korea as a partner on the world stage.",
        ], sentences);
    }

    [Theory]
    [InlineData("The allies should coordinate closely on trade.", true)]
    [InlineData("Officials must meet more often than they do.", true)]
    [InlineData("Seoul needs to invest in semiconductor supply chains.", true)]
    [InlineData("We recommend a standing working group on space.", true)]
    [InlineData("The authors lay out their recommendations in three parts.", false)]
    [InlineData("It should.", false)]
    [InlineData("It could and should be doing more.", false)]
    [InlineData("They must do more than they have so far.", false)]
    [InlineData("This should change before the next summit.", false)]
    [InlineData("This report recommends a standing working group on space.", true)]
    [InlineData("Officials on both sides should commit to three lines of effort:", false)]
    [InlineData("Should the allies coordinate more closely on trade?", false)]
    [InlineData("The alliance has grown stronger in recent years.", false)]
    public void Recommending_sentences_are_told_apart(string sentence, bool recommends)
    {
        Assert.Equal(recommends, RecommendingSentences.Recommends(sentence));
    }

    [Fact]
    public void Sentences_of_pillars_and_framework_items_are_not_repeated()
    {
        var statements = seed.Report.Frameworks.SelectMany(f => f.Items).Select(i => i.Statement).ToList();
        Assert.All(Catalog.Where(i => i.Kind == RecommendationKind.Sentence),
            s => Assert.DoesNotContain(statements, st => st.Contains(s.Quote, StringComparison.Ordinal)));
    }

    [Fact]
    public void Every_quote_is_verbatim_report_text_and_its_citation_is_its_passage()
    {
        foreach (var item in Catalog)
        {
            var passage = seed.Report.Passages.FirstOrDefault(p => p.Text.Contains(item.Quote, StringComparison.Ordinal));
            Assert.True(passage is not null, $"Not verbatim: {item.Quote}");
            Assert.Equal(passage.Section, item.Citation.Section);
            Assert.Equal(passage.Page, item.Citation.Page);
            if (item.Focus is not null) Assert.Contains(item.Focus, item.Quote, StringComparison.Ordinal);
            Assert.False(string.IsNullOrWhiteSpace(item.FollowUp));
        }
    }

    [Fact]
    public void Ids_are_short_unique_and_the_same_in_every_build()
    {
        var first = Catalog;
        var second = RecommendationCatalog.Build(seed.Report);
        Assert.Equal(first.Select(i => i.Id), second.Select(i => i.Id));
        Assert.Equal(first.Count, first.Select(i => i.Id).Distinct().Count());
        Assert.All(first, i => Assert.Matches("^[0-9a-f]{12}$", i.Id));
        // Pinned: the id depends only on the kind, passage and text, not on the process or the build order.
        Assert.Equal("4a15cf7605d6", first.Single(i => i.Focus == "5G deployment").Id);
    }

    [Fact]
    public void Items_come_in_kind_order_then_reading_order_without_duplicates()
    {
        var catalog = Catalog;
        var kinds = catalog.Select(i => i.Kind).ToList();
        Assert.Equal(kinds.OrderBy(k => k), kinds);
        Assert.Equal(catalog.Count, catalog.Select(i => (i.Kind, i.Quote, i.Focus)).Distinct().Count());
        var sentences = catalog.Where(i => i.Kind == RecommendationKind.Sentence)
            .Select(i => seed.Report.Passages.First(p => p.Text.Contains(i.Quote, StringComparison.Ordinal)).Ordinal).ToList();
        Assert.Equal(sentences.Order(), sentences);
    }

    [Fact]
    public void Question_follow_ups_find_an_answer_in_the_report()
    {
        foreach (var item in Catalog.Where(i => new ChatGrammar(DeclaredCommands.Set()).Parse(i.FollowUp).Invocation?.Command.TakesPlainText == true))
        {
            var answer = seed.Engine.Ask(item.FollowUp);
            Assert.True(answer.Answered, $"No answer for “{item.FollowUp}”: {answer.Status}");
        }
    }
}
