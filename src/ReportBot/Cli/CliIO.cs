namespace ReportBot.Cli;

/// <summary>The streams a CLI run reads and writes; the console normally, string buffers in tests.</summary>
public sealed record CliIO(TextReader Input, TextWriter Output, TextWriter Error)
{
    public static CliIO Console => new(System.Console.In, System.Console.Out, System.Console.Error);
}
