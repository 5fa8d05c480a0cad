using System.Reflection;

namespace ReportBot.Tests.Architecture;

/// <summary>
/// The shipped assemblies, loaded by name rather than through one of their types, so that renaming or moving a type
/// never breaks these rules; a missing assembly fails loudly when it is loaded.
/// </summary>
public static class ProductionAssemblies
{
    public static Assembly Core { get; } = Load("ReportBot.Core");

    public static Assembly Semantic { get; } = Load("ReportBot.Semantic");

    public static Assembly Discord { get; } = Load("ReportBot.Discord");

    public static Assembly Teams { get; } = Load("ReportBot.Teams");

    /// <summary>The executable, <c>src/ReportBot</c>: CLI, ASP.NET Core host, state file, chat page.</summary>
    public static Assembly Host { get; } = Load("ReportBot");

    /// <summary>
    /// What a dependency on the host is, for NetArchTest: the host's namespaces (<c>ReportBot.Hosting</c>,
    /// <c>ReportBot.Cli</c>, ...), read from the assembly so that a new one is covered without editing a list. They
    /// share the <c>ReportBot</c> prefix with every project's, so that prefix alone cannot be the rule; a host type
    /// placed right in <c>ReportBot</c> is named in full instead.
    /// </summary>
    public static IReadOnlyList<string> HostNamespaces { get; } =
        [.. Host.GetTypes()
            .Select(type => type.Namespace == "ReportBot" ? type.FullName : type.Namespace)
            .OfType<string>()
            .Where(name => name.StartsWith("ReportBot.", StringComparison.Ordinal))
            .Distinct()
            .Order(StringComparer.Ordinal)];

    private static Assembly Load(string name) => Assembly.Load(new AssemblyName(name));
}
