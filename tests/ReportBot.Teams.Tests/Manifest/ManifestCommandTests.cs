using System.Text.Json;
using ReportBot.Testing;

namespace ReportBot.Teams.Tests.Manifest;

/// <summary>
/// The Teams app manifest's command list is the bot's declared commands: each one a typed command shows in the
/// command menu, with the declaration's own description, and nothing the bot doesn't have.
/// </summary>
public sealed class ManifestCommandTests
{
    private static JsonElement Commands()
    {
        using var manifest = JsonDocument.Parse(File.ReadAllText(RepositoryPaths.InRepository("manifest", "manifest.json")));
        var lists = manifest.RootElement.GetProperty("bots")[0].GetProperty("commandLists");
        return Assert.Single(lists.EnumerateArray().ToList()).GetProperty("commands").Clone();
    }

    [Fact]
    public void The_manifest_lists_every_declared_command_with_its_description()
    {
        var listed = Commands().EnumerateArray()
            .Select(c => (Title: c.GetProperty("title").GetString()!, Description: c.GetProperty("description").GetString()!))
            .ToList();
        // Typed text that names no command is a question, so the question command needs no menu entry.
        var declared = DeclaredCommands.All.Where(d => !d.TakesPlainText).Select(d => (Title: d.Name, d.Description)).ToList();
        Assert.Equal(declared.OrderBy(c => c.Title), listed.OrderBy(c => c.Title));
    }

    [Fact]
    public void The_command_list_keeps_within_what_teams_accepts()
    {
        var commands = Commands().EnumerateArray().ToList();
        Assert.InRange(commands.Count, 1, 10);
        Assert.All(commands, c => Assert.InRange(c.GetProperty("title").GetString()!.Length, 1, 32));
        Assert.All(commands, c => Assert.InRange(c.GetProperty("description").GetString()!.Length, 1, 128));
    }
}
