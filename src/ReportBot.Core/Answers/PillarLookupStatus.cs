namespace ReportBot.Core.Answers;

public enum PillarLookupStatus
{
    Found,

    /// <summary>A number, but not one of the report's pillars.</summary>
    OutOfRange,

    /// <summary>Not a number at all (or empty).</summary>
    NotANumber,

    /// <summary>The corpus announces no pillars.</summary>
    NoPillars,
}
