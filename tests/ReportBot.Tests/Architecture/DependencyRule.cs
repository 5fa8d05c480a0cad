using System.Reflection;
using NetArchTest.Rules;

namespace ReportBot.Tests.Architecture;

/// <summary>NetArchTest's dependency rule as an assertion whose message names the types that break it and what they may not use.</summary>
public static class DependencyRule
{
    /// <param name="forbidden">Namespaces (or full type names), each matched as a prefix of the used type's full name.</param>
    public static void AssertUsesNone(Assembly assembly, IReadOnlyCollection<string> forbidden)
    {
        Assert.NotEmpty(forbidden);
        var result = Types.InAssembly(assembly).Should().NotHaveDependencyOnAny([.. forbidden]).GetResult();

        Assert.True(result.IsSuccessful,
            $"{assembly.GetName().Name} may use none of [{string.Join(", ", forbidden)}]; used by: " +
            string.Join(", ", result.FailingTypeNames ?? []));
    }
}
