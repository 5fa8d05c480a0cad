namespace ReportBot.Cli;

/// <summary>The streams a CLI run reads and writes; the console normally, string buffers in tests.</summary>
public sealed record CliIO(TextReader Input, TextWriter Output, TextWriter Error)
{
    /// <summary>The global options of the root command this run parses with.</summary>
    public GlobalOptions Globals { get; } = new();

    public static CliIO Console => new(System.Console.In, System.Console.Out, System.Console.Error);
}
