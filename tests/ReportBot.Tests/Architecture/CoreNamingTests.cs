using NetArchTest.Rules;

namespace ReportBot.Tests.Architecture;

/// <summary>
/// Core speaks of doors and platforms, not of particular ones: a type named after Discord or Teams in Core is
/// platform code that belongs in that platform's adapter.
/// </summary>
public sealed class CoreNamingTests
{
    [Fact]
    public void No_Core_type_is_named_after_Discord_or_Teams()
    {
        var result = Types.InAssembly(ProductionAssemblies.Core).Should()
            .NotHaveNameMatching("Discord|Teams")
            .GetResult();

        Assert.True(result.IsSuccessful, "named after a platform: " + string.Join(", ", result.FailingTypeNames ?? []));
    }
}
