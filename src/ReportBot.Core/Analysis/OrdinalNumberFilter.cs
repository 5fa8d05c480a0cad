using System.Text.RegularExpressions;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;

namespace ReportBot.Core.Analysis;

/// <summary>
/// Reduces numeric ordinals to their number ("70th" → "70", "21st" → "21"), so "turn 70" finds
/// "70th anniversary" and "the 21st century" finds "21st-Century". Expects lower-cased input.
/// </summary>
public sealed partial class OrdinalNumberFilter : TokenFilter
{
    private readonly ICharTermAttribute _term;

    public OrdinalNumberFilter(TokenStream input) : base(input) => _term = AddAttribute<ICharTermAttribute>();

    public override bool IncrementToken()
    {
        if (!m_input.IncrementToken()) return false;
        var match = Ordinal().Match(_term.ToString());
        if (match.Success) _term.SetEmpty().Append(match.Groups[1].Value);
        return true;
    }

    [GeneratedRegex(@"^(\d+)(?:st|nd|rd|th)$")]
    private static partial Regex Ordinal();
}
