namespace ReportBot.Tests.EndToEnd;

/// <summary>Browser tests run one at a time: each starts Chromium (and maybe the Playground) on a 2-core machine.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class EndToEndCollection
{
    public const string Name = "End-to-end";
}
