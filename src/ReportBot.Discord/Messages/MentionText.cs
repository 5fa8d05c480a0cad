using System.Text.RegularExpressions;

namespace ReportBot.Discord.Messages;

/// <summary>Removes mentions of the bot (<c>&lt;@id&gt;</c> and the legacy <c>&lt;@!id&gt;</c>) from message content.</summary>
public static partial class MentionText
{
    public static string RemoveMentionsOf(string? content, string botId)
    {
        if (string.IsNullOrEmpty(content)) return "";
        string text = content.Replace($"<@{botId}>", " ", StringComparison.Ordinal).Replace($"<@!{botId}>", " ", StringComparison.Ordinal);
        return Whitespace().Replace(text, " ").Trim();
    }

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
