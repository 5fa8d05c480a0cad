using ReportBot.Discord.Schema;

namespace ReportBot.Discord.Interactions;

/// <summary>The slash commands ReportBot registers, and their names as the handler matches them.</summary>
public static class CommandCatalog
{
    public const string Ask = "ask";
    public const string Pillar = "pillar";
    public const string Pillars = "pillars";
    public const string About = "about";
    public const string Help = "help";
    public const string Digest = "digest";

    public const string QuestionOption = "question";
    public const string NumberOption = "number";
    public const string TimeOption = "time";
    public const string TimeZoneOption = "timezone";

    /// <summary>MANAGE_CHANNELS: by default only members who may manage the channel see /digest.</summary>
    public const string ManageChannelsPermission = "16";

    /// <summary>Guild channels and DMs with the bot.</summary>
    private static readonly IReadOnlyList<int> Contexts = [0, 1];

    public static IReadOnlyList<ApplicationCommand> All { get; } =
    [
        new()
        {
            Name = Ask,
            Description = "Ask the report a question; get ranked quotes with section, page and pillar.",
            Contexts = Contexts,
            Options =
            [
                new() { Type = ApplicationCommandOptionType.String, Name = QuestionOption, Description = "Your question, in your own words", Required = true, MaxLength = 2000 },
            ],
        },
        new()
        {
            Name = Pillar,
            Description = "Show one of the report's policy pillars and the passages related to it.",
            Contexts = Contexts,
            Options =
            [
                new() { Type = ApplicationCommandOptionType.Integer, Name = NumberOption, Description = "The pillar's number", Required = true, Autocomplete = true },
            ],
        },
        new() { Name = Pillars, Description = "List the report's policy pillars.", Contexts = Contexts },
        new() { Name = About, Description = "Title, authors, date and publisher of the report.", Contexts = Contexts },
        new() { Name = Help, Description = "What ReportBot can do and how to ask.", Contexts = Contexts },
        new()
        {
            Name = Digest,
            Description = "A daily recommendation from the report in this channel.",
            Contexts = Contexts,
            DefaultMemberPermissions = ManageChannelsPermission,
            Options =
            [
                new()
                {
                    Type = ApplicationCommandOptionType.SubCommand, Name = "subscribe", Description = "Post one recommendation here every day.",
                    Options =
                    [
                        new() { Type = ApplicationCommandOptionType.String, Name = TimeOption, Description = "Local time, HH:MM (24-hour)", MaxLength = 5 },
                        new() { Type = ApplicationCommandOptionType.String, Name = TimeZoneOption, Description = "IANA time zone, e.g. Asia/Seoul", Autocomplete = true, MaxLength = 64 },
                    ],
                },
                new() { Type = ApplicationCommandOptionType.SubCommand, Name = "unsubscribe", Description = "Stop the daily recommendation here." },
                new() { Type = ApplicationCommandOptionType.SubCommand, Name = "status", Description = "What is scheduled here." },
                new() { Type = ApplicationCommandOptionType.SubCommand, Name = "preview", Description = "See the next recommendation (only you)." },
            ],
        },
    ];
}
