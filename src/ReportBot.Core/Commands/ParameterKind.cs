namespace ReportBot.Core.Commands;

/// <summary>
/// What a command parameter holds. It decides how typed chat text is read (which word fills which parameter) and
/// which option type a platform registers (a string or an integer).
/// </summary>
public enum ParameterKind
{
    /// <summary>Free text: in chat, everything after the command word, verbatim.</summary>
    Text,

    /// <summary>A whole number, as digits or a number word ("4", "#4", "four").</summary>
    Number,

    /// <summary>A local time of day ("09:00", "9:30"); in chat, a word with a colon or starting with a digit.</summary>
    TimeOfDay,

    /// <summary>An IANA time-zone id ("Asia/Seoul").</summary>
    TimeZone,
}
