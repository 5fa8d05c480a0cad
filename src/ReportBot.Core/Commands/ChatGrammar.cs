namespace ReportBot.Core.Commands;

/// <summary>
/// Reads typed chat text with the declared commands. A first word that names a command (with or without a leading
/// slash) is that command when the rest fits its parameters; without a slash, text that doesn't fit is a question
/// ("pillar China", "help me understand pillar 3"). With a slash the command always wins, and its handler says what
/// is wrong with the rest. A slash word that names no command is reported as unknown; anything else is a question.
/// </summary>
public sealed class ChatGrammar(CommandSet commands)
{
    private static readonly char[] TrailingPunctuation = ['?', '.', '!', ','];
    private static readonly char[] Blanks = [' ', '\t', '\n', '\r'];

    /// <summary>Words people add to a command without changing it: "pillars please" is still the list.</summary>
    private static readonly HashSet<string> Courtesies = new(StringComparer.OrdinalIgnoreCase)
    {
        "please", "pls", "plz", "thanks", "now", "again", "all", "list",
    };

    /// <summary>Longest unknown command name echoed back.</summary>
    private const int MaxEchoedWord = 32;

    public ChatInput Parse(string? text)
    {
        string trimmed = (text ?? "").Trim();
        if (commands.Find(trimmed) is { } whole && trimmed.Length > 0 && !char.IsLetterOrDigit(trimmed[0]))
            return ChatInput.Of(new CommandInvocation(whole.Declaration, null, Empty));
        bool slash = trimmed.StartsWith('/');
        string body = slash ? trimmed[1..].TrimStart() : trimmed;
        int space = body.IndexOfAny(Blanks);
        // "pillar 4?" and "help." are commands too: people end chat lines with punctuation.
        string word = (space < 0 ? body : body[..space]).ToLowerInvariant().TrimEnd(TrailingPunctuation);
        string raw = space < 0 ? "" : body[(space + 1)..].Trim();
        string[] words = raw.TrimEnd(TrailingPunctuation).Split(Blanks, StringSplitOptions.RemoveEmptyEntries);

        if (word.Length > 0 && commands.Find(word) is { } command && Read(command.Declaration, raw, words, slash) is { } invocation)
            return ChatInput.Of(invocation);
        if (slash && word.Length > 0 && commands.Find(word) is null)
            return ChatInput.Unknown(word.Length > MaxEchoedWord ? word[..MaxEchoedWord] : word);
        return ChatInput.Of(new CommandInvocation(commands.PlainText.Declaration, null,
            new Dictionary<string, string> { [TextParameter(commands.PlainText.Declaration)] = trimmed }));
    }

    private static CommandInvocation? Read(CommandDeclaration command, string raw, string[] words, bool slash)
    {
        if (command.Subcommands.Count > 0) return ReadGroup(command, words, slash);
        return Fill(command, raw, words, slash) is { } arguments ? new CommandInvocation(command, null, arguments) : null;
    }

    /// <summary>"digest subscribe 09:00 Asia/Seoul"; "digest" or "digest help" is the group's help, "digest foo" too (with the stray word).</summary>
    private static CommandInvocation? ReadGroup(CommandDeclaration group, string[] words, bool slash)
    {
        if (words.Length == 0 || (words.Length == 1 && words[0].Equals("help", StringComparison.OrdinalIgnoreCase)))
            return new CommandInvocation(group, null, Empty);
        var sub = group.Subcommands.FirstOrDefault(s => s.Name.Equals(words[0], StringComparison.OrdinalIgnoreCase));
        if (sub is not null && Fill(sub, string.Join(' ', words[1..]), words[1..], slash) is { } arguments)
            return new CommandInvocation(group, sub, arguments);
        // Someone trying the command ("digest daily at 9"), not a sentence about the report ("digest the whole report for me").
        int longest = 1 + group.Subcommands.Max(s => s.Parameters.Count);
        if (!slash && words.Length > longest) return null;
        string stray = words[0].Length > MaxEchoedWord ? words[0][..MaxEchoedWord] : words[0];
        return new CommandInvocation(group, null, Empty) { Stray = stray };
    }

    /// <summary>
    /// The parameter values in <paramref name="words"/>: free text takes the rest verbatim; other words go to the
    /// first free parameter whose kind they fit, in any order ("Asia/Seoul 09:00" works). Null when the words don't
    /// fit and no slash insists; with a slash, a word that fits nowhere goes to the first free parameter, for its
    /// handler to refuse clearly ("/pillar China").
    /// </summary>
    private static Dictionary<string, string>? Fill(CommandDeclaration command, string raw, string[] words, bool slash)
    {
        var arguments = new Dictionary<string, string>(StringComparer.Ordinal);
        if (command.Parameters is [{ Kind: ParameterKind.Text } text])
        {
            if (raw.Length > 0) arguments[text.Name] = raw;
            return arguments;
        }
        if (command.Parameters.Count == 0)
            return slash || words.All(w => Courtesies.Contains(w.TrimEnd(TrailingPunctuation))) ? arguments : null;
        if (words.Length > command.Parameters.Count && !slash) return null;
        foreach (string word in words)
        {
            var free = command.Parameters.Where(p => !arguments.ContainsKey(p.Name)).ToList();
            var fitting = free.FirstOrDefault(p => ParameterValues.Fits(p.Kind, word));
            if (fitting is null && !slash) return null;
            if ((fitting ?? free.FirstOrDefault()) is { } target) arguments[target.Name] = word;
        }
        return arguments;
    }

    private static string TextParameter(CommandDeclaration command) =>
        command.Parameters.FirstOrDefault(p => p.Kind == ParameterKind.Text)?.Name
        ?? throw new InvalidOperationException($"'{command.Name}' takes plain text but declares no text parameter.");

    private static readonly IReadOnlyDictionary<string, string> Empty = new Dictionary<string, string>();
}
