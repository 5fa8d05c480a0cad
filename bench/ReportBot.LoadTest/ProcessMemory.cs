using System.Globalization;

namespace ReportBot.LoadTest;

/// <summary>
/// A process's resident memory as the kernel counts it (<c>/proc/PID/status</c>): now (VmRSS) and the most it has
/// ever had (VmHWM), which catches the peak of a run that a reading afterwards would miss.
/// </summary>
public sealed record ProcessMemory(long ResidentBytes, long PeakResidentBytes)
{
    public static ProcessMemory Read(int processId)
    {
        long rss = 0, hwm = 0;
        foreach (var line in File.ReadLines($"/proc/{processId}/status"))
        {
            if (line.StartsWith("VmRSS:", StringComparison.Ordinal)) rss = Kilobytes(line) * 1024;
            else if (line.StartsWith("VmHWM:", StringComparison.Ordinal)) hwm = Kilobytes(line) * 1024;
        }
        return new ProcessMemory(rss, hwm);
    }

    // "VmRSS:     140352 kB"
    private static long Kilobytes(string line) =>
        long.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], CultureInfo.InvariantCulture);
}
