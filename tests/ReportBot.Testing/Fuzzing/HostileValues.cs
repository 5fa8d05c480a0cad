namespace ReportBot.Testing.Fuzzing;

/// <summary>
/// JSON fragments (raw text, inserted as written) of shapes that broke bots before: unicode edge cases, ids that
/// overflow every integer type, literals of every JSON type.
/// </summary>
public static class HostileValues
{
    /// <summary>Strings: lone surrogate halves, RTL and zero-width characters, NUL, combining marks, emoji, mentions.</summary>
    public static readonly string[] Strings =
    [
        "\"\\ud800\"", "\"\\udc00tail\"", "\"head\\ud83d\"", "\"\\udfff\\ud800\"",
        "\"\\u202eevil\\u202c text\"", "\"\\u200f\\u05e9\\u05dc\\u05d5\\u05dd \\u0645\\u0631\\u062d\\u0628\\u0627\"",
        "\"a\\u200b\\u200c\\u200d\\u2060\\ufeffb\"", "\"\\u0000\"", "\"nul\\u0000in the middle\"", "\"\\uffff\\ufffe\"",
        "\"e\\u0301\\u0301\\u0301\\u0301\\u0301\\u0301\\u0301\\u0301\"", "\"🇰🇷👩‍👩‍👧‍👦🏳️‍🌈\"", "\"<@1100000000000000001>\"",
        "\"<@!1184517388310818816> pillar 4\"", "\"@everyone @here\"", "\"<at>Bot</at><at></at>\"", "\"\\\\\"", "\"\\\"\"",
        "\"\"", "\" \"", "\"\\t\\r\\n\"", "\"pillar 99999999999999999999\"", "\"pillar -1\"", "\"digest subscribe 25:99 Mars/Olympus\"",
        "\"ⅷ\"", "\"١٢٣\"", "\"%00%2F..%2F\"", "\"../../etc/passwd\"", "\"'; DROP TABLE digest_subscriptions; --\"",
        "\"ask:AAAA\"", "\"more:\"", "\"pillar:\\ud800\"",
    ];

    /// <summary>Numbers and numeric strings where snowflakes, enums and counts are expected.</summary>
    public static readonly string[] Numbers =
    [
        "18446744073709551616", "-9223372036854775809", "9223372036854775808", "99999999999999999999999999999999", "1e400", "-1e400",
        "-1", "0", "-0", "1.5", "4294967296", "2147483648", "-2147483649", "1E2", "0.0000000000000000000000001",
        "\"18446744073709551616\"", "\"-1\"", "\"0x10\"", "\"1e3\"", "\"00000000000000000001\"", "\"１２３\"", "\"NaN\"", "\"Infinity\"",
    ];

    /// <summary>One literal of every JSON type, for "wrong type" mutations.</summary>
    public static readonly string[] Literals =
    [
        "null", "true", "false", "0", "-1", "3.14", "\"\"", "\"text\"", "[]", "[null]", "[1,\"a\",null]", "{}", "{\"id\":null}",
        "[[]]", "{\"\":{}}", "[{}]",
    ];

    /// <summary>Whole bodies that are not the expected object at all.</summary>
    public static readonly string[] Bodies =
    [
        "", " ", "\n", "null", "true", "0", "\"text\"", "[]", "[{}]", "{}", "{", "}", "{}}", "{\"type\":", "[{\"type\":\"message\"}]",
        "{\"type\":null}", "{\"type\":\"message\"", "{'type':'message'}", "{type:1}", "NaN", "{\"a\":1,}",
    ];

    /// <summary>Byte sequences that are not UTF-8: bad lead bytes, a lone continuation, an overlong NUL, an encoded surrogate.</summary>
    public static readonly byte[][] InvalidUtf8 =
    [
        [0xFF], [0xFE, 0xFF], [0x80], [0xC0, 0x80], [0xC3], [0xE2, 0x82], [0xED, 0xA0, 0x80], [0xF4, 0x90, 0x80, 0x80], [0xF8, 0x88, 0x80, 0x80, 0x80],
    ];
}
