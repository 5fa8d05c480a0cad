using Lucene.Net.Analysis.Core;
using Lucene.Net.Analysis.Util;
using Lucene.Net.Util;

namespace ReportBot.Core.Analysis;

/// <summary>
/// Stop words for each side of the index. Questions carry boilerplate ("what does the report say about …",
/// "tell me", "recommend") that must not drive ranking, so the query side drops those words too.
/// </summary>
public static class QuestionStopWords
{
    /// <summary>Lucene's English stop words: the index side.</summary>
    public static CharArraySet Index { get; } = StopAnalyzer.ENGLISH_STOP_WORDS_SET;

    /// <summary>Question words, auxiliaries, pronouns and the vocabulary of asking about a document.</summary>
    public static IReadOnlyCollection<string> QuestionWords { get; } =
    [
        // interrogatives and auxiliaries
        "what", "which", "who", "whom", "whose", "when", "where", "why", "how", "whether",
        "do", "does", "did", "doing", "done", "is", "are", "was", "were", "am", "be", "been", "being",
        "has", "have", "had", "having", "can", "could", "should", "would", "will", "shall", "may", "might", "must",
        // pronouns and fillers
        "i", "me", "my", "we", "us", "our", "you", "your", "it", "its", "they", "them", "their", "he", "she", "his", "her",
        "this", "that", "these", "those", "there", "here", "some", "any", "anything", "something", "please", "also",
        "kind", "sort", "exactly", "really", "much", "many", "very", "just", "so", "than", "from", "between", "up", "all",
        // asking about a document
        "tell", "say", "says", "said", "mention", "mentions", "mentioned", "talk", "talks", "discuss", "discusses",
        "explain", "explains", "describe", "describes", "summarize", "summarise", "give", "show", "list", "know",
        "about", "regarding", "concerning", "according", "report", "paper", "document", "study", "text",
        "section", "sections", "chapter", "chapters", "page", "pages",
        "recommend", "recommends", "recommended", "recommendation", "recommendations", "suggest", "suggests",
        "propose", "proposes", "argue", "argues", "think", "thinks", "view", "views", "stance", "position",
    ];

    /// <summary>The query side: the index stop words plus <see cref="QuestionWords"/>.</summary>
    public static CharArraySet Question { get; } = BuildQuestionSet();

    private static CharArraySet BuildQuestionSet()
    {
        var set = new CharArraySet(LuceneVersion.LUCENE_48, Index.Count + QuestionWords.Count, ignoreCase: true);
        foreach (var word in Index) set.Add(word);
        foreach (var word in QuestionWords) set.Add(word);
        return set.AsReadOnly();
    }
}
