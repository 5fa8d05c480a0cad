namespace ReportBot.Core.Documents;

/// <summary>Typographic characters as their plain ASCII counterparts: curly quotes, primes and the dash family.</summary>
public static class Typography
{
    public static char Plain(char c) => c switch
    {
        '\u2018' or '\u2019' or '\u201B' or '\u2032' => '\'',
        '\u201C' or '\u201D' or '\u201F' or '\u2033' => '"',
        '\u2010' or '\u2011' or '\u2012' or '\u2013' or '\u2014' or '\u2015' or '\u2212' => '-',
        _ => c,
    };
}
