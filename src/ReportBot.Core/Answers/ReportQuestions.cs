using System.Text.RegularExpressions;

namespace ReportBot.Core.Answers;

/// <summary>
/// Recognises questions about the report as a publication (who wrote it, when it came out, what it is called) and
/// greetings, by the shape of the question rather than by its topic words: "who wrote …", "when was … published",
/// "authors?". A question that asks what the authors argue is about the content and is left to the search.
/// </summary>
public static partial class ReportQuestions
{
    /// <summary>The fact a question asks for, or null when it asks about the report's content.</summary>
    public static ReportFact? FactAskedFor(string question)
    {
        string q = Normalise(question);
        if (q.Length == 0 || q.Length > 80) return null;
        if (ForewordAuthor().IsMatch(q)) return ReportFact.ForewordAuthor;
        if (Authors().IsMatch(q)) return ReportFact.Authors;
        if (Date().IsMatch(q)) return ReportFact.Date;
        if (Publisher().IsMatch(q)) return ReportFact.Publisher;
        if (Title().IsMatch(q)) return ReportFact.Title;
        if (Length().IsMatch(q)) return ReportFact.Length;
        return null;
    }

    /// <summary>A greeting or thanks with nothing to search for ("hi", "hello there", "thanks!").</summary>
    public static bool IsSmallTalk(string question) => SmallTalk().IsMatch(Normalise(question));

    /// <summary>Thanks rather than a greeting ("thanks!", "thank you").</summary>
    public static bool IsThanks(string question) => Thanks().IsMatch(Normalise(question));

    /// <summary>Lower case, apostrophes straightened, punctuation other than apostrophes dropped, spaces single.</summary>
    private static string Normalise(string text)
    {
        var folded = text.ToLowerInvariant().Replace('\u2019', '\'').Replace('\u2018', '\'');
        return Spaces().Replace(NotWord().Replace(folded, " "), " ").Trim();
    }

    private const string Report = @"(?:the |this |that |your |)(?:report|paper|study|document|publication|blueprint|piece|text|it|this)";
    private const string Foreword = @"(?:fore?wo?rd|foreward|intro|introduction|preface)";

    [GeneratedRegex(@"^(?:who(?:'s| is| was)? (?:wrote|write|writes|did|authored|penned|signed|gave|is behind)? ?(?:the |this |its )?" + Foreword + @"|" + Foreword + @" (?:author|writer|by whom)|who (?:wrote|did|gave|signed) (?:the |this |its )?" + Foreword + @"(?: for " + Report + @")?)(?: for " + Report + @")?$")]
    private static partial Regex ForewordAuthor();

    [GeneratedRegex(@"^(?:(?:the |its |who (?:are|were|is) the )?(?:authors?|writers?)(?: of " + Report + @")?|who(?: wrote| authored| writes| is behind| are behind|'s behind|s behind| put together| made) " + Report + @"|by whom (?:is|was) " + Report + @" written|who (?:are|were) (?:the )?(?:authors|writers|people behind " + Report + @"))$")]
    private static partial Regex Authors();

    [GeneratedRegex(@"^(?:(?:the )?(?:publication|release) date(?: of " + Report + @")?|when (?:was|is|did) " + Report + @" (?:published|released|come out|came out|written|issued|put out|publish|release)|when did " + Report + @" (?:come out|appear)|(?:what is |what's )?(?:the )?date (?:of|on) " + Report + @"|how old is " + Report + @")$")]
    private static partial Regex Date();

    [GeneratedRegex(@"^(?:who (?:published|publishes|put out|released|issued) " + Report + @"|(?:the |its )?publisher(?: of " + Report + @")?|(?:which|what) (?:think tank|organization|organisation|institution) (?:published|put out|released|is behind) " + Report + @")$")]
    private static partial Regex Publisher();

    [GeneratedRegex(@"^(?:what(?: is|'s|s)? (?:the )?(?:full )?(?:title|name) (?:of " + Report + @")?|(?:the )?(?:full )?title(?: of " + Report + @")?|what is " + Report + @" called|what(?:'s| is) " + Report + @"'?s? (?:full )?(?:title|name))$")]
    private static partial Regex Title();

    [GeneratedRegex(@"^(?:how (?:long|many pages|many words) (?:is|does|has) " + Report + @"(?: have| run)?|(?:the )?(?:length|page count)(?: of " + Report + @")?)$")]
    private static partial Regex Length();

    [GeneratedRegex(@"^(?:(?:hi|hello|hey|hiya|howdy|yo|greetings|good (?:morning|afternoon|evening))(?: there| all| everyone| bot| reportbot)?|(?:thanks|thank you|thx|ty|cheers|many thanks|thanks a lot|thank you so much)(?: bot| reportbot| a lot| very much)?|ok(?:ay)?(?: thanks)?|bye|goodbye)$")]
    private static partial Regex SmallTalk();

    [GeneratedRegex(@"^(?:thanks|thank you|thx|ty|cheers|many thanks)")]
    private static partial Regex Thanks();

    [GeneratedRegex(@"[^\p{L}\p{N}' ]+")]
    private static partial Regex NotWord();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();
}
