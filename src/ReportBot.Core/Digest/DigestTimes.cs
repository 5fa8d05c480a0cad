using System.Globalization;
using System.Text.RegularExpressions;

namespace ReportBot.Core.Digest;

/// <summary>
/// Reads the time and time zone a user gives when subscribing. A part left out (null) takes the default; a part
/// given but unusable is refused with a message that says what would work, so nothing invalid is ever stored.
/// </summary>
public static partial class DigestTimes
{
    public const string TimeFormatHint = "Use 24-hour HH:MM, such as 09:00 or 18:30.";

    public const string ZoneHint = "Use an IANA time zone such as Asia/Seoul or America/New_York.";

    /// <summary>Longer than any real zone id; keeps odd input away from the time-zone look-up.</summary>
    private const int MaxZoneLength = 64;

    public static bool TryParse(string? time, string? zone, DigestTime defaults, out DigestTime? value, out string? error)
    {
        value = null;
        TimeOnly at = defaults.Time;
        if (time is not null && !TryParseTime(time, out at, out error)) return false;
        string zoneId = defaults.TimeZoneId;
        if (zone is not null && !TryParseZone(zone, out zoneId, out error)) return false;
        value = new DigestTime(at, zoneId);
        error = null;
        return true;
    }

    /// <summary>"9:00", "09:00", "18:30"; not "25:00", "9am", "0900" or "".</summary>
    public static bool TryParseTime(string text, out TimeOnly time, out string? error)
    {
        time = default;
        var match = TimePattern().Match(text.Trim());
        if (match.Success)
        {
            int hour = int.Parse(match.Groups[1].ValueSpan, NumberStyles.None, CultureInfo.InvariantCulture);
            int minute = int.Parse(match.Groups[2].ValueSpan, NumberStyles.None, CultureInfo.InvariantCulture);
            if (hour <= 23 && minute <= 59)
            {
                time = new TimeOnly(hour, minute);
                error = null;
                return true;
            }
        }
        error = text.Trim().Length == 0
            ? $"The time is empty. {TimeFormatHint}"
            : $"“{Shown(text)}” isn't a time of day. {TimeFormatHint}";
        return false;
    }

    /// <summary>
    /// Any zone the runtime resolves, stored under its IANA id where it has one ("Korea Standard Time" and
    /// "asia/seoul" both become "Asia/Seoul"), so the schedule means the same on every server.
    /// </summary>
    public static bool TryParseZone(string text, out string zoneId, out string? error)
    {
        zoneId = "";
        string id = text.Trim();
        if (id.Length == 0)
        {
            error = $"The time zone is empty. {ZoneHint}";
            return false;
        }
        if (id.Length <= MaxZoneLength && ZonePattern().IsMatch(id) && !id.Contains("..", StringComparison.Ordinal))
        {
            try
            {
                var found = TimeZoneInfo.FindSystemTimeZoneById(id);
                zoneId = found.HasIanaId || !TimeZoneInfo.TryConvertWindowsIdToIanaId(found.Id, out var iana) ? found.Id : iana;
                error = null;
                return true;
            }
            catch (Exception e) when (e is TimeZoneNotFoundException or InvalidTimeZoneException)
            {
                // Falls through to the message below.
            }
        }
        error = $"“{Shown(id)}” isn't a time zone this bot knows. {ZoneHint}";
        return false;
    }

    private static string Shown(string text)
    {
        string trimmed = text.Trim();
        return trimmed.Length > 40 ? trimmed[..40] + "…" : trimmed;
    }

    [GeneratedRegex(@"^([0-9]{1,2}):([0-9]{2})$", RegexOptions.CultureInvariant)]
    private static partial Regex TimePattern();

    // Letters, digits and the punctuation zone ids use ("America/Port-au-Prince", "Etc/GMT+5", "Korea Standard Time").
    [GeneratedRegex(@"^[A-Za-z0-9/_+\-. ]+$", RegexOptions.CultureInvariant)]
    private static partial Regex ZonePattern();
}
