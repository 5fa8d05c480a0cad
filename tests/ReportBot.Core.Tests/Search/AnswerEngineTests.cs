using ReportBot.Core.Answers;
using ReportBot.Core.Tests.Support;

using ReportBot.Testing;

namespace ReportBot.Core.Tests.Search;

public sealed class AnswerEngineTests(SeedReport seed) : IClassFixture<SeedReport>
{
    [Fact]
    public void An_answer_is_ranked_verbatim_excerpts_with_citation_pillars_and_confidence()
    {
        var answer = seed.Engine.Ask("What does the report recommend on 5G?");
        Assert.True(answer.Answered);
        Assert.InRange(answer.Excerpts.Count, 1, 3);
        var first = answer.Excerpts[0];
        Assert.Equal(1, first.Rank);
        Assert.Contains("5G deployment", first.Text);
        Assert.Equal(first.Text, seed.Report.FindPassage(first.PassageId)!.Text);
        Assert.Equal("Executive Summary", first.Citation.Section);
        Assert.Equal(1, Assert.Single(first.Pillars).Number);
        Assert.Contains("**5G**", first.Snippet);
        Assert.InRange(answer.Confidence, 0.55, 1.0);
        Assert.Equal(answer.Excerpts.Select(e => e.Score).OrderDescending(), answer.Excerpts.Select(e => e.Score));
    }

    [Fact]
    public void Synonyms_find_the_report_s_own_words()
    {
        var answer = seed.Engine.Ask("What should the allies do about Pyongyang?");
        Assert.True(answer.Answered);
        Assert.Contains("North Korea", answer.Excerpts[0].Text);
        Assert.Contains("**North Korea", answer.Excerpts[0].Snippet);
    }

    [Theory]
    [InlineData("What does the report say about renewable enrgy?", "renewable energy")]
    [InlineData("Who is Krstine Lee?", "Kristine Lee")]
    [InlineData("Waht is the sixth piller?", "Realign approaches")]
    public void Typos_get_a_fuzzy_fallback(string question, string expected)
    {
        var answer = seed.Engine.Ask(question);
        Assert.True(answer.Answered, answer.Message);
        Assert.Contains(expected, answer.Excerpts[0].Text);
    }

    [Theory]
    [InlineData("What is the recipe for kimchi?")]
    [InlineData("What does the report say about the war in Ukraine?")]
    [InlineData("What is the capital of Australia?")]
    public void Questions_the_report_does_not_cover_get_an_abstention(string question)
    {
        var answer = seed.Engine.Ask(question);
        Assert.Equal(AnswerStatus.NotCovered, answer.Status);
        Assert.Empty(answer.Excerpts);
        Assert.StartsWith("The report doesn't seem to cover", answer.Message);
        Assert.True(answer.Suggestions.Count <= 3, $"{answer.Suggestions.Count} closest pillars");
        Assert.NotNull(answer.Evidence);
        Assert.True(answer.Evidence.Probability < answer.Evidence.Threshold);
    }

    [Fact]
    public void With_nothing_in_common_the_abstention_offers_example_questions_not_every_pillar()
    {
        var answer = seed.Engine.Ask("What is the recipe for kimchi?");
        Assert.Empty(answer.Suggestions);
        Assert.Contains("for example", answer.Message);
    }

    [Fact]
    public void A_paraphrase_with_none_of_the_reports_words_is_answered_by_meaning()
    {
        var answer = seed.Engine.Ask("how has pop culture brought Americans and Koreans closer");
        Assert.True(answer.Answered, answer.Message);
        Assert.Contains(answer.Excerpts.Take(3), e => e.Text.Contains("Parasite", StringComparison.Ordinal));
        Assert.NotNull(answer.Evidence!.Signals.Similarity);
    }

    [Theory]
    [InlineData("Who wrote the report?", "Kristine Lee, Joshua Fitt, and Coby Goldberg")]
    [InlineData("authors?", "Kristine Lee, Joshua Fitt, and Coby Goldberg")]
    [InlineData("who wrote the foreword", "Lippert")]
    [InlineData("When was the report published?", "16 November 2020")]
    [InlineData("who published this paper", "Center for a New American Security")]
    [InlineData("what is the title of the report", "Renew, Elevate, Modernize")]
    public void Questions_about_the_report_itself_are_answered_from_its_metadata(string question, string fact)
    {
        var answer = seed.Engine.Ask(question);
        Assert.True(answer.Answered);
        Assert.Contains(fact, answer.Fact);
    }

    [Theory]
    [InlineData("hi")]
    [InlineData("Hello there!")]
    [InlineData("thanks!")]
    public void Small_talk_is_never_searched(string text)
    {
        var answer = seed.Engine.Ask(text);
        Assert.Equal(AnswerStatus.SmallTalk, answer.Status);
        Assert.Empty(answer.Excerpts);
        Assert.Null(answer.Evidence);
    }


    [Fact]
    public void Boilerplate_does_not_drive_ranking()
    {
        var plain = seed.Engine.Ask("baseball");
        var wordy = seed.Engine.Ask("What does the report say about baseball? Tell me please.");
        Assert.Equal(plain.Excerpts[0].PassageId, wordy.Excerpts[0].PassageId);
        // The words decide alike; the meaning vector of the longer question differs a little.
        Assert.Equal(plain.Confidence, wordy.Confidence, 0.05);
    }

    [Fact]
    public void Asking_about_a_pillar_by_number_or_ordinal_finds_its_statement()
    {
        foreach (var question in new[] { "What is pillar 4 about?", "the fourth pillar", "pillar four" })
        {
            var answer = seed.Engine.Ask(question);
            Assert.StartsWith("Galvanize new areas of security cooperation", answer.Excerpts[0].Text);
        }
    }

    [Fact]
    public void More_results_page_through_further_excerpts_without_repeats()
    {
        var first = seed.Engine.Ask("North Korea", top: 2);
        Assert.True(first.HasMore);
        var second = seed.Engine.Ask("North Korea", top: 2, skip: 2);
        Assert.Equal([3, 4], second.Excerpts.Select(e => e.Rank));
        Assert.Empty(first.Excerpts.Select(e => e.PassageId).Intersect(second.Excerpts.Select(e => e.PassageId)));
    }

    [Fact]
    public void Snippets_escape_markdown_in_the_report_text()
    {
        var answer = seed.Engine.Ask("Indo-Pacific");
        Assert.All(answer.Excerpts, e => Assert.DoesNotContain("__", e.Snippet.Replace("\\_", "")));
        Assert.All(answer.Excerpts, e => Assert.Equal(0, e.Snippet.Replace("\\*", "").Count(c => c == '*') % 4));
    }

    [Fact]
    public void The_top_setting_and_argument_bound_the_number_of_excerpts()
    {
        Assert.Single(seed.Engine.Ask("alliance", top: 1).Excerpts);
        Assert.Equal(5, seed.EngineWith(new() { Top = 5 }).Ask("alliance").Excerpts.Count);
        Assert.Equal(10, seed.Engine.Ask("alliance", top: 50).Excerpts.Count);
    }
}

public sealed class SnippetEscapingTests : IDisposable
{
    private readonly TempFolder _corpus = new();
    private readonly TempFolder _data = new();

    [Fact]
    public void Markdown_in_the_report_text_is_escaped_in_snippets_and_bold_marks_only_matches()
    {
        const string text = "A *starred* claim about [trade](http://example.org) with <b>tags</b>, snake_case_words, `code`, ~~strike~~ and #hash on trade policy.";
        File.WriteAllText(_corpus.Combine("report.txt"), "Trade\n\n" + text + "\n");
        using var library = new ReportBot.Core.Search.ReportLibrary(_corpus.Path, _data.Path, new ReportBot.Core.Ingestion.ReportBuilder());
        var engine = new ReportBot.Core.Answers.AnswerEngine(library, Microsoft.Extensions.Options.Options.Create(new ReportBot.Core.Options.AnswerOptions()));

        var snippet = Assert.Single(engine.Ask("trade policy").Excerpts).Snippet;

        Assert.Contains(@"\*starred\*", snippet);
        Assert.Contains(@"\[**trade**\](http://example.org)", snippet);
        Assert.Contains(@"\<b\>tags\</b\>", snippet);
        Assert.Contains(@"snake\_case\_words", snippet);
        Assert.Contains(@"\`code\`", snippet);
        Assert.Contains(@"\~\~strike\~\~", snippet);
        Assert.Contains(@"\#hash", snippet);
        Assert.Contains("**trade policy**", snippet);
    }

    public void Dispose()
    {
        _corpus.Dispose();
        _data.Dispose();
    }
}
