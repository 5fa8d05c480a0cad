using System.CommandLine;

namespace ReportBot.Cli;

/// <summary>
/// Options every verb accepts: other corpus and data folders than the configured ones. One instance per root
/// command, since System.CommandLine options belong to the command they are added to.
/// </summary>
public sealed class GlobalOptions
{
    public Option<DirectoryInfo?> Corpus { get; } = new("--corpus")
    {
        Description = "Folder with the report files and synonyms.txt (overrides Corpus:Path).",
        Recursive = true,
    };

    public Option<DirectoryInfo?> Data { get; } = new("--data")
    {
        Description = "Folder for the index and state (overrides Data:Path).",
        Recursive = true,
    };

    /// <summary>Turns the options given on the command line into configuration overrides.</summary>
    public Dictionary<string, string?> Overrides(ParseResult parse)
    {
        var overrides = new Dictionary<string, string?>();
        if (parse.GetValue(Corpus) is { } corpus) overrides["Corpus:Path"] = corpus.FullName;
        if (parse.GetValue(Data) is { } data) overrides["Data:Path"] = data.FullName;
        return overrides;
    }
}
