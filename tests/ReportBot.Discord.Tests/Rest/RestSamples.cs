using ReportBot.Discord.Schema;

namespace ReportBot.Discord.Tests.Rest;

/// <summary>Bodies the REST tests send.</summary>
internal static class RestSamples
{
    public static MessageParams Message(string content = "hello") => new() { Content = content };

    public static InteractionResponse Reply(string content = "answer") =>
        new(InteractionCallbackType.ChannelMessageWithSource, new InteractionResponseData { Content = content });

    public static IReadOnlyList<ApplicationCommand> Commands() =>
    [
        new ApplicationCommand
        {
            Name = "ask",
            Description = "Ask the report a question",
            Options = [new ApplicationCommandOption { Type = ApplicationCommandOptionType.String, Name = "question", Description = "Your question", Required = true }],
        },
        new ApplicationCommand { Name = "help", Description = "How to use the bot" },
    ];
}
