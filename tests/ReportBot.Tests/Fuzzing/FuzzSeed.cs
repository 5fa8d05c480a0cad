using System.Globalization;

namespace ReportBot.Tests.Fuzzing;

/// <summary>
/// The seed of every fuzz test: fixed, so a failure reproduces on every run and machine. Set
/// <c>REPORTBOT_FUZZ_SEED</c> to explore another corner, or to replay a seed a failure message printed.
/// </summary>
internal static class FuzzSeed
{
    public const int Default = 20_251_127;

    public const string Variable = "REPORTBOT_FUZZ_SEED";

    public static int Value =>
        int.TryParse(Environment.GetEnvironmentVariable(Variable), NumberStyles.Integer, CultureInfo.InvariantCulture, out int seed) ? seed : Default;
}
