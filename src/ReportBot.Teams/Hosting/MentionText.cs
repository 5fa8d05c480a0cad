using ReportBot.Teams.Schema;

namespace ReportBot.Teams.Hosting;

/// <summary>
/// Removes the bot's own @mention from a message. Teams writes the mention into the text (e.g. <c>&lt;at&gt;Test
/// Bot&lt;/at&gt;</c>) and describes it in a <c>mention</c> entity; the entity's own text is what is removed, never a
/// tag rebuilt from the bot's name, since clients differ in how they write it.
/// </summary>
public static class MentionText
{
    public static string RemoveBotMention(Activity activity)
    {
        string text = activity.Text ?? "";
        string? botId = activity.Recipient?.Id;
        foreach (var entity in activity.Entities ?? [])
        {
            if (!string.Equals(entity.Type, "mention", StringComparison.OrdinalIgnoreCase)) continue;
            if (botId is null || !string.Equals(entity.Mentioned?.Id, botId, StringComparison.Ordinal)) continue;
            if (!string.IsNullOrEmpty(entity.Text)) text = text.Replace(entity.Text, " ", StringComparison.Ordinal);
        }
        // Clients that leave an empty tag behind (<at></at>) or wrap the name in the tag differently.
        text = text.Replace("<at></at>", " ", StringComparison.OrdinalIgnoreCase);
        return System.Text.RegularExpressions.Regex.Replace(text, @"\s+", " ").Trim();
    }
}
