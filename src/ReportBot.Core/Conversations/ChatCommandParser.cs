namespace ReportBot.Core.Conversations;

/// <summary>
/// Reads typed chat text. A first word that names a command (with or without a leading slash) is that command;
/// a slash word that names none is an unknown command; anything else is a question.
/// </summary>
public static class ChatCommandParser
{
    private static readonly char[] TrailingPunctuation = ['?', '.', '!', ','];
    private static readonly HashSet<string> DigestActions = ["subscribe", "unsubscribe", "status", "preview", "help"];

    /// <summary>Words people add to a command without changing it: "pillars please" is still the list.</summary>
    private static readonly HashSet<string> Courtesies = new(StringComparer.OrdinalIgnoreCase) { "please", "pls", "plz", "thanks", "now", "again", "all", "list" };

    public static ChatCommand Parse(string? text)
    {
        string trimmed = (text ?? "").Trim();
        if (trimmed == "?") return new ChatCommand.Help();
        bool slash = trimmed.StartsWith('/');
        string body = slash ? trimmed[1..].TrimStart() : trimmed;
        int space = body.IndexOfAny([' ', '\t', '\n', '\r']);
        // "pillar 4?" and "help." are commands too: people end chat lines with punctuation.
        string word = (space < 0 ? body : body[..space]).ToLowerInvariant().TrimEnd(TrailingPunctuation);
        string asked = space < 0 ? "" : body[(space + 1)..].Trim();
        string rest = asked.TrimEnd(TrailingPunctuation).Trim();

        switch (word)
        {
            case "help" when rest.Length == 0:
            case "start" when slash && rest.Length == 0:
                return new ChatCommand.Help();
            case "about" when rest.Length == 0:
                return new ChatCommand.About();
            case "pillars" when OnlyCourtesies(rest):
                return new ChatCommand.Pillars();
            // "pillar 4" (or "pillar four", "pillar #4") is a look-up; "pillar China" and "pillar 4 and trade?" are
            // questions that mention a pillar. "pillar" alone asks which one, with the range.
            case "pillar" when rest.Length == 0 || (!rest.Contains(' ') && LooksLikeANumber(rest)):
                return new ChatCommand.Pillar(rest);
            case "ask" when slash:
                return new ChatCommand.Ask(asked);
            case "digest" when rest.Split(' ', StringSplitOptions.RemoveEmptyEntries) is { Length: <= 3 } words
                && (words.Length == 0 || DigestActions.Contains(words[0].ToLowerInvariant())):
                return new ChatCommand.Digest(words.Length == 0 ? "help" : words[0].ToLowerInvariant(), words.Skip(1).ToArray());
            // "digest foo" is someone trying the command, not a question about the report: show what digest does.
            case "digest" when rest.Split(' ', StringSplitOptions.RemoveEmptyEntries) is { Length: <= 3 } words:
                return new ChatCommand.Digest("help", []) { Unrecognised = words[0].Length > 32 ? words[0][..32] : words[0] };
        }
        if (slash && word.Length > 0) return new ChatCommand.Unknown(word.Length > 32 ? word[..32] : word);
        return new ChatCommand.Ask(trimmed);
    }

    private static bool OnlyCourtesies(string rest) =>
        rest.Split(' ', StringSplitOptions.RemoveEmptyEntries).All(w => Courtesies.Contains(w.TrimEnd(TrailingPunctuation)));

    /// <summary>What the pillar look-up reads as a number ("4", "#4", "four"): the same rule, so the two never disagree.</summary>
    private static bool LooksLikeANumber(string text) => Answers.PillarDirectory.TryParse(text.TrimStart('#'), out _);
}
