namespace ReportBot.Teams.Authentication;

/// <summary>Pulls the token out of an <c>Authorization: Bearer &lt;token&gt;</c> header without ever throwing.</summary>
internal static class BearerHeader
{
    private const string Scheme = "Bearer";

    /// <summary>True when the header is <c>Bearer</c> (any case, per RFC 7235) followed by exactly one non-empty token.</summary>
    public static bool TryGetToken(string? header, out string token)
    {
        token = string.Empty;
        if (string.IsNullOrWhiteSpace(header))
        {
            return false;
        }

        var trimmed = header.AsSpan().Trim();
        var space = trimmed.IndexOf(' ');
        if (space <= 0 || !trimmed[..space].Equals(Scheme, StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        var value = trimmed[(space + 1)..].Trim();
        foreach (var c in value)
        {
            if (char.IsWhiteSpace(c))
            {
                return false;
            }
        }

        if (value.IsEmpty)
        {
            return false;
        }

        token = value.ToString();
        return true;
    }
}
