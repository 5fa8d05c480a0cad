using System.Globalization;

namespace ReportBot.Hosting;

/// <summary>
/// Which signals this process ignores, as the kernel reports them (<c>SigIgn</c> in <c>/proc/self/status</c>).
/// A process started under <c>nohup</c> ignores SIGHUP, the runtime keeps it that way, and a registered handler then
/// never runs: worth telling an operator who expects SIGHUP to reload.
/// </summary>
internal static class IgnoredSignals
{
    private const string StatusFile = "/proc/self/status";

    /// <summary>Whether <paramref name="signal"/> (its number, e.g. 1 for SIGHUP) is ignored; false where Linux's /proc is not there.</summary>
    public static bool IsIgnored(int signal)
    {
        if (!OperatingSystem.IsLinux() || signal is < 1 or > 64) return false;
        try
        {
            foreach (string line in File.ReadLines(StatusFile))
            {
                if (!line.StartsWith("SigIgn:", StringComparison.Ordinal)) continue;
                ulong mask = ulong.Parse(line.AsSpan("SigIgn:".Length).Trim(), NumberStyles.HexNumber, CultureInfo.InvariantCulture);
                return (mask & (1UL << (signal - 1))) != 0;
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or FormatException or OverflowException)
        {
            // Nothing to report then: the warning is a courtesy, not a check start-up depends on.
        }
        return false;
    }
}
