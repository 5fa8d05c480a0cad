using System.Globalization;
using System.Text.RegularExpressions;

namespace ReportBot.Core.Ingestion.Pdf;

/// <summary>
/// The marker a line starts with when it opens a list item: a number ("1.", "2)", "(3)") or a bullet glyph
/// (including the private-use glyphs symbol fonts map bullets to). <see cref="Rest"/> is the line without it.
/// </summary>
internal sealed partial record ListMarker(int? Number, string Rest)
{
    public static ListMarker? Match(string line)
    {
        var numbered = Numbered().Match(line);
        if (numbered.Success)
            return new ListMarker(int.Parse(numbered.Groups["n"].Value, CultureInfo.InvariantCulture), numbered.Groups["rest"].Value);
        var bullet = Bullet().Match(line);
        return bullet.Success ? new ListMarker(null, bullet.Groups["rest"].Value) : null;
    }

    // The text must start with a letter or an opening quote, so "3.5 percent" or "2020." are not items.
    [GeneratedRegex(@"^\(?(?<n>\d{1,2})[.)]\s*(?<rest>[\p{L}“‘""'(].*)$", RegexOptions.CultureInvariant)]
    private static partial Regex Numbered();

    [GeneratedRegex(@"^[•●▪■◦‣⁃∙·\uE000-\uF8FF]\s*(?<rest>\S.*)$", RegexOptions.CultureInvariant)]
    private static partial Regex Bullet();
}
