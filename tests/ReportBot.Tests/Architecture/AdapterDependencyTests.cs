namespace ReportBot.Tests.Architecture;

/// <summary>
/// Each adapter stands on Core alone: neither knows the other, the meaning model or the host that wires them
/// together, so replacing one (for example with the Microsoft 365 Agents SDK) touches one project.
/// </summary>
public sealed class AdapterDependencyTests
{
    [Theory]
    [InlineData("Discord", "ReportBot.Teams")]
    [InlineData("Teams", "ReportBot.Discord")]
    public void An_adapter_uses_no_type_of_the_other_adapter_Semantic_or_the_host(string adapter, string otherAdapter) =>
        DependencyRule.AssertUsesNone(adapter == "Discord" ? ProductionAssemblies.Discord : ProductionAssemblies.Teams,
            [otherAdapter, "ReportBot.Semantic", .. ProductionAssemblies.HostNamespaces]);
}
