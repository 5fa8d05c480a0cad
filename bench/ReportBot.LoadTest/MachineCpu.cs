using System.Globalization;

namespace ReportBot.LoadTest;

/// <summary>
/// Busy time of the whole machine from <c>/proc/stat</c>, so a run can say how much CPU went to the bot, to the
/// load generator and to everything else (other builds on a shared machine) while it was measured.
/// </summary>
public readonly record struct MachineCpu(TimeSpan Busy, TimeSpan Total)
{
    private static readonly double TicksPerSecond = 100; // USER_HZ, 100 on every Linux this runs on

    public static MachineCpu Read()
    {
        // "cpu  user nice system idle iowait irq softirq steal guest guest_nice"
        var fields = File.ReadLines("/proc/stat").First().Split(' ', StringSplitOptions.RemoveEmptyEntries)[1..]
            .Select(f => long.Parse(f, CultureInfo.InvariantCulture)).ToArray();
        long total = fields.Take(8).Sum(); // guest time is already inside user
        long idle = fields[3] + fields[4];
        return new MachineCpu(TimeSpan.FromSeconds((total - idle) / TicksPerSecond), TimeSpan.FromSeconds(total / TicksPerSecond));
    }

    public static MachineCpu operator -(MachineCpu after, MachineCpu before) => new(after.Busy - before.Busy, after.Total - before.Total);
}
