namespace ReportBot.Core.Digest;

/// <summary>
/// The IANA time-zone names this machine knows, for autocomplete: the zones most people pick come first, then
/// names that start with the typed text, then names that merely contain it.
/// </summary>
public static class TimeZoneNames
{
    // Offered first when they match; a convenience order, not a limit: any zone the runtime knows can be chosen.
    private static readonly string[] Common =
    [
        "UTC", "Asia/Seoul", "America/New_York", "America/Chicago", "America/Denver", "America/Los_Angeles",
        "Europe/London", "Europe/Paris", "Europe/Berlin", "Asia/Tokyo", "Asia/Shanghai", "Asia/Singapore",
        "Asia/Kolkata", "Asia/Dubai", "Australia/Sydney", "Pacific/Auckland", "America/Sao_Paulo", "America/Toronto",
        "Pacific/Honolulu", "America/Anchorage",
    ];

    private static readonly Lazy<IReadOnlyList<string>> Known = new(Load);

    /// <summary>Every IANA zone id the runtime resolves, common ones first.</summary>
    public static IReadOnlyList<string> All => Known.Value;

    /// <summary>
    /// Up to <paramref name="max"/> names containing <paramref name="typed"/>, case-insensitive, with a space
    /// matching the underscore ids use ("new york" finds America/New_York).
    /// </summary>
    public static IReadOnlyList<string> Search(string? typed, int max)
    {
        if (max <= 0) return [];
        string needle = (typed ?? "").Trim().Replace(' ', '_');
        if (needle.Length == 0) return All.Take(max).ToList();
        return All
            .Select((name, order) => (name, order, rank: Rank(name, needle)))
            .Where(x => x.rank >= 0)
            .OrderBy(x => x.rank)
            .ThenBy(x => x.order)
            .Take(max)
            .Select(x => x.name)
            .ToList();
    }

    /// <summary>0 common, 1 a part of the name starts with the text ("Los_Angeles" for "ang"), 2 contains it, -1 no match.</summary>
    private static int Rank(string name, string needle)
    {
        int at = name.IndexOf(needle, StringComparison.OrdinalIgnoreCase);
        if (at < 0) return -1;
        if (Array.IndexOf(Common, name) >= 0) return 0;
        for (; at >= 0; at = name.IndexOf(needle, at + 1, StringComparison.OrdinalIgnoreCase))
        {
            if (at == 0 || name[at - 1] is '/' or '_' or '-') return 1;
        }
        return 2;
    }

    private static IReadOnlyList<string> Load()
    {
        // Windows-style ids (on Windows hosts) are mapped to IANA; ids without a '/' other than UTC are legacy aliases.
        var ids = new HashSet<string>(StringComparer.Ordinal);
        foreach (var zone in TimeZoneInfo.GetSystemTimeZones())
        {
            string id = zone.HasIanaId || !TimeZoneInfo.TryConvertWindowsIdToIanaId(zone.Id, out var iana) ? zone.Id : iana;
            if (id.Contains('/', StringComparison.Ordinal)) ids.Add(id);
        }
        var common = Common.Where(c => c == "UTC" || ids.Contains(c) || Resolves(c)).ToList();
        var rest = ids.Except(common, StringComparer.Ordinal).OrderBy(id => id.StartsWith("Etc/", StringComparison.Ordinal))
            .ThenBy(id => id, StringComparer.Ordinal);
        return [.. common, .. rest];
    }

    private static bool Resolves(string id)
    {
        try
        {
            TimeZoneInfo.FindSystemTimeZoneById(id);
            return true;
        }
        catch (Exception e) when (e is TimeZoneNotFoundException or InvalidTimeZoneException)
        {
            return false;
        }
    }
}
