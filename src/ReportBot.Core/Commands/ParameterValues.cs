using ReportBot.Core.Answers;

namespace ReportBot.Core.Commands;

/// <summary>Which typed words can be a value of which kind, so chat text fills parameters by what the words are.</summary>
public static class ParameterValues
{
    public static bool Fits(ParameterKind kind, string word) => kind switch
    {
        ParameterKind.Text => true,
        ParameterKind.Number => PillarDirectory.TryParse(word.TrimStart('#'), out _),
        ParameterKind.TimeOfDay => LooksLikeTime(word),
        // Zone ids never start with a digit, so "9am" or "0900" is a (bad) time, not a zone, and is refused as one.
        ParameterKind.TimeZone => !LooksLikeTime(word),
        _ => false,
    };

    public static bool LooksLikeTime(string word) =>
        !word.Contains('/', StringComparison.Ordinal)
        && (word.Contains(':', StringComparison.Ordinal) || (word.Length > 0 && char.IsAsciiDigit(word[0])));
}
