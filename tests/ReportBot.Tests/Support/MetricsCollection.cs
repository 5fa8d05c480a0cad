namespace ReportBot.Tests.Support;

/// <summary>
/// Tests that count what <c>/metrics</c> says run alone: the Prometheus exporter listens to every meter named
/// "ReportBot" in the process, so a host started by a test running alongside would add to the counts. Running alone
/// also keeps them apart from the CLI tests (see <see cref="CliCollection"/>).
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class MetricsCollection
{
    public const string Name = "Process-wide metrics";
}
