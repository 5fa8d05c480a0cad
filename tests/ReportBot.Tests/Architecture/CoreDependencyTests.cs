namespace ReportBot.Tests.Architecture;

/// <summary>
/// ReportBot.Core is the engine every door shares: it knows nothing of HTTP hosting, of any chat platform's adapter,
/// of the shipped meaning model (only its ITextEmbedder seam) or of the host that wires them together. Each such
/// dependency would tie the engine to one way of running it.
/// </summary>
public sealed class CoreDependencyTests
{
    [Fact]
    public void Core_uses_no_ASP_NET_Core_type() =>
        DependencyRule.AssertUsesNone(ProductionAssemblies.Core, ["Microsoft.AspNetCore"]);

    [Fact]
    public void Core_uses_no_adapter_Semantic_or_host_type() =>
        DependencyRule.AssertUsesNone(ProductionAssemblies.Core,
            ["ReportBot.Discord", "ReportBot.Teams", "ReportBot.Semantic", .. ProductionAssemblies.HostNamespaces]);

    /// <summary>The host rule is only as good as the namespaces found for the host; an empty or wrong list would pass anything.</summary>
    [Fact]
    public void The_host_namespaces_are_read_from_the_host()
    {
        Assert.Contains("ReportBot.Hosting", ProductionAssemblies.HostNamespaces);
        Assert.DoesNotContain(ProductionAssemblies.HostNamespaces, name => name.StartsWith("ReportBot.Core", StringComparison.Ordinal));
    }
}
