using System.Text.RegularExpressions;

namespace ReportBot.Core.Digest;

/// <summary>
/// Tells whether a sentence recommends something: it says what someone should, must or needs to do, or that the
/// authors recommend it. A sentence that only mentions "recommendations" describes the report and does not count.
/// </summary>
internal static partial class RecommendingSentences
{
    /// <summary>Shorter sentences are fragments or asides, not recommendations worth a day of their own.</summary>
    public const int MinWords = 6;

    public static bool Recommends(string sentence) => ModalAt(sentence) >= 0;

    /// <summary>Where the recommending word starts, or -1 when the sentence does not recommend.</summary>
    public static int ModalAt(string sentence)
    {
        string text = sentence.TrimEnd();
        // A sentence ending in a colon introduces a list; its items are catalogued themselves.
        if (text.EndsWith(':') || text.EndsWith('?')) return -1;
        if (Documents.TextMeasure.CountWords(text) < MinWords) return -1;
        // A digest post stands alone: "It could and should be doing more" needs the sentence before it to say what "it"
        // is, so it recommends nothing a reader can act on.
        if (LeansOnTheSentenceBefore().IsMatch(text)) return -1;
        var match = Modal().Match(text);
        return match.Success ? match.Index : -1;
    }

    /// <summary>A pronoun subject ("It …", "They …"), or a demonstrative standing for one ("This is …", "These should …").</summary>
    [GeneratedRegex(@"^[“""']?(it|they|he|she|(this|that|these|those)\s+(is|are|was|were|could|should|would|will|can|must|may|might|has|have|had|needs?))\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex LeansOnTheSentenceBefore();

    [GeneratedRegex(@"\b(should|must|needs? to|recommend(s|ed|ing)?)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Modal();
}
