namespace ReportBot.Teams.Authentication;

/// <summary>Pulls the token out of an <c>Authorization: Bearer &lt;token&gt;</c> header without ever throwing.</summary>
internal static class BearerHeader
{
    private const string Scheme = "Bearer";

    /// <summary>
    /// True when the header is exactly <c>Bearer</c>, one space and a token, as the Bot Framework SDK requires: it splits
    /// on single spaces, wants two parts and compares the scheme case-sensitively, although RFC 7235 would allow any case.
    /// Bot Framework channels always send that form, so nothing real is refused.
    /// </summary>
    public static bool TryGetToken(string? header, out string token)
    {
        token = string.Empty;
        if (header is null)
        {
            return false;
        }

        var space = header.IndexOf(' ');
        if (space < 0 || !header.AsSpan(0, space).SequenceEqual(Scheme))
        {
            return false;
        }

        var value = header.AsSpan(space + 1);
        if (value.IsEmpty)
        {
            return false;
        }

        // A second space would make a third part for the SDK; other whitespace and control characters never occur in a JWT.
        foreach (var c in value)
        {
            if (char.IsWhiteSpace(c) || char.IsControl(c))
            {
                return false;
            }
        }

        token = value.ToString();
        return true;
    }
}
