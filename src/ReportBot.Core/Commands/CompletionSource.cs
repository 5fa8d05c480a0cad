namespace ReportBot.Core.Commands;

/// <summary>Where suggestions for a parameter come from while the user types it, on platforms that offer them.</summary>
public enum CompletionSource
{
    None,

    /// <summary>The report's pillars, by number and title.</summary>
    Pillars,

    /// <summary>The IANA time zones this machine knows.</summary>
    TimeZones,
}
