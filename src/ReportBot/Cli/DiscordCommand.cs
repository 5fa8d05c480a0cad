using System.CommandLine;
using ReportBot.Discord.Interactions;
using ReportBot.Discord.Rest;

namespace ReportBot.Cli;

/// <summary><c>discord register [--guild ID]</c>: overwrite the bot's slash commands, in one server or globally.</summary>
public static class DiscordCommand
{
    public static Command Create(CliIO io)
    {
        var guild = new Option<string?>("--guild")
        {
            Description = "Register in this server only (changes show at once); without it, globally (can take up to an hour).",
        };
        var register = new Command("register", "Register ReportBot's slash commands with Discord (needs Discord__BotToken and Discord__ApplicationId).") { guild };
        register.SetAction((parse, cancellation) => CliAction.RunAsync(parse, io, async scope =>
        {
            try
            {
                var commands = await scope.Services.GetRequiredService<CommandRegistrar>().RegisterAsync(parse.GetValue(guild), cancellation);
                io.Output.WriteLine($"Registered {commands.Count} commands {(parse.GetValue(guild) is { } id ? $"in server {id}" : "globally")}: " +
                    string.Join(", ", commands.Select(c => "/" + c.Name)));
                return CliAction.Ok;
            }
            catch (DiscordRestException e)
            {
                io.Error.WriteLine($"error: Discord refused the commands: {(int)e.Status} {e.Message}");
                return CliAction.Failed;
            }
        }));
        return new Command("discord", "Discord set-up tasks.") { register };
    }
}
