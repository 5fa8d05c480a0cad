using System.Globalization;
using ReportBot.Core.Answers;

namespace ReportBot.Core.Digest;

/// <summary>
/// Writes the question a digest item suggests asking next, from the item's own text, so it reads naturally and
/// the bot can answer it (a pillar number is a command; anything else goes to the search).
/// </summary>
internal static class FollowUpQuestions
{
    /// <summary>Longer topics make clumsy questions and weaker searches, so they are cut at a preposition.</summary>
    private const int MaxTopicWords = 10;

    private static readonly string[] TopicCuts = [" to ", " between ", " in order ", " so that ", " while "];

    // Statements that open like this are not commands, so "recommend to …" would not read.
    private static readonly HashSet<string> NonVerbOpeners = new(StringComparer.OrdinalIgnoreCase)
    {
        "the", "a", "an", "this", "that", "these", "those", "our", "its", "their", "all", "each", "every", "new", "more",
    };

    private const int MaxSubjectWords = 8;

    // Words between the subject and the modal: "will need to", "could and should", "also must".
    private static readonly HashSet<string> Auxiliaries = new(StringComparer.OrdinalIgnoreCase)
    {
        "will", "would", "could", "can", "may", "might", "shall", "and", "or", "also", "therefore", "thus", "still",
        "both", "not", "really", "too", "then", "now", "certainly", "clearly",
    };

    // A subject that only points elsewhere names no topic to ask about.
    private static readonly HashSet<string> Pronouns = new(StringComparer.OrdinalIgnoreCase)
    {
        "it", "this", "that", "they", "we", "he", "she", "there", "these", "those", "i", "you", "one", "which", "who",
        "what", "such", "each", "all",
    };

    public static string ForPillar(int number) => string.Create(CultureInfo.InvariantCulture, $"pillar {number}");

    public static string ForAction(string focus) => $"What does the report say about {Topic(focus)}?";

    /// <summary>Framework items are usually commands ("Reduce the irritants …"), which read well after "recommend to".</summary>
    public static string ForFrameworkItem(string title)
    {
        string first = title.Split(' ', 2)[0];
        bool command = title.Length > 1 && char.IsUpper(title[0]) && !char.IsUpper(title[1]) && !NonVerbOpeners.Contains(first);
        return command
            ? $"What does the report recommend to {char.ToLowerInvariant(title[0])}{title[1..]}?"
            : $"What does the report say about {title}?";
    }

    /// <summary>
    /// Asks about who or what the sentence says should act ("Policymakers in Washington and Seoul will need to …" →
    /// "What does the report say about policymakers in Washington and Seoul?"); when that is only a pronoun ("It
    /// could and should …"), shows the sentence's pillar, or else runs <paramref name="fallback"/> (a command).
    /// </summary>
    /// <param name="modalAt">Where the recommending word ("should", "need to", …) starts in the sentence.</param>
    /// <param name="isName">Whether a capitalised word is a name, which keeps its capital inside the question.</param>
    public static string ForSentence(string sentence, int modalAt, IReadOnlyList<PillarRef> pillars, Func<string, bool> isName,
        string fallback)
    {
        if (Subject(sentence[..modalAt]) is { } subject)
        {
            string first = subject.Split(' ', 2)[0];
            if (!isName(first)) subject = char.ToLowerInvariant(subject[0]) + subject[1..];
            return $"What does the report say about {subject}?";
        }
        return pillars.Count > 0 ? ForPillar(pillars[0].Number) : fallback;
    }

    /// <summary>The noun phrase right before the modal, after any introductory clause; null if it is not a topic.</summary>
    private static string? Subject(string beforeModal)
    {
        int comma = beforeModal.LastIndexOf(", ", StringComparison.Ordinal);
        var words = beforeModal[(comma < 0 ? 0 : comma + 2)..].Split(' ', StringSplitOptions.RemoveEmptyEntries).ToList();
        while (words.Count > 0 && Auxiliaries.Contains(words[^1])) words.RemoveAt(words.Count - 1);
        if (words.Count is 0 or > MaxSubjectWords || Pronouns.Contains(words[0])) return null;
        return string.Join(' ', words);
    }

    private static string Topic(string phrase)
    {
        if (Documents.TextMeasure.CountWords(phrase) <= MaxTopicWords) return phrase;
        int cut = phrase.Length;
        foreach (var marker in TopicCuts)
        {
            int at = phrase.IndexOf(marker, StringComparison.Ordinal);
            if (at > 0 && at < cut && Documents.TextMeasure.CountWords(phrase.AsSpan(0, at)) >= 3) cut = at;
        }
        string topic = phrase[..cut].TrimEnd(',', ';', ' ');
        var words = topic.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return words.Length <= MaxTopicWords ? topic : string.Join(' ', words.Take(MaxTopicWords));
    }
}
