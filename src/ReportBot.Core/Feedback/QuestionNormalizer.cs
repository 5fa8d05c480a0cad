using System.Globalization;
using ReportBot.Core.Search;

namespace ReportBot.Core.Feedback;

/// <summary>
/// The form a question is logged in: cleaned, lower-case, without closing punctuation and capped in length, so
/// "What about 5G?" and "what about 5g" count as one question in <c>stats</c>.
/// </summary>
public static class QuestionNormalizer
{
    public const int MaxLength = 300;

    public static string Normalize(string? question)
    {
        string text = QuestionText.Clean(question).ToLower(CultureInfo.InvariantCulture).TrimEnd('?', '!', '.', ' ', '？', '。');
        if (text.Length <= MaxLength) return text;
        int cut = MaxLength;
        if (char.IsLowSurrogate(text[cut])) cut--; // never split a surrogate pair
        return text[..cut] + "…";
    }
}
