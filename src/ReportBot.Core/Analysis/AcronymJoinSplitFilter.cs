using System.Text.RegularExpressions;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;

namespace ReportBot.Core.Analysis;

/// <summary>
/// Splits a dotted acronym glued to the next word, such as "U.S.South" (a lost dash in typeset text), into
/// "U.S" and "South". The standard tokenizer keeps such runs as one token, which would hide both words.
/// </summary>
public sealed partial class AcronymJoinSplitFilter : TokenFilter
{
    private readonly ICharTermAttribute _term;
    private readonly IOffsetAttribute _offset;
    private readonly IPositionIncrementAttribute _position;
    private string? _pendingWord;
    private int _pendingStart, _pendingEnd;

    public AcronymJoinSplitFilter(TokenStream input) : base(input)
    {
        _term = AddAttribute<ICharTermAttribute>();
        _offset = AddAttribute<IOffsetAttribute>();
        _position = AddAttribute<IPositionIncrementAttribute>();
    }

    public override bool IncrementToken()
    {
        if (_pendingWord is not null)
        {
            ClearAttributes();
            _term.SetEmpty().Append(_pendingWord);
            _offset.SetOffset(_pendingStart, _pendingEnd);
            _position.PositionIncrement = 1;
            _pendingWord = null;
            return true;
        }
        if (!m_input.IncrementToken()) return false;

        var match = GluedAcronym().Match(_term.ToString());
        if (!match.Success) return true;
        var acronym = match.Groups[1];
        var word = match.Groups[2];
        int start = _offset.StartOffset;
        // Offsets only map one-to-one onto the source when the token is as long as the text it came from.
        bool exact = _offset.EndOffset - start == _term.Length;
        _pendingWord = word.Value;
        _pendingStart = exact ? start + word.Index : start;
        _pendingEnd = _offset.EndOffset;
        _term.SetEmpty().Append(acronym.Value);
        if (exact) _offset.SetOffset(start, start + acronym.Length);
        return true;
    }

    public override void Reset()
    {
        base.Reset();
        _pendingWord = null;
    }

    [GeneratedRegex(@"^(\p{Lu}(?:\.\p{Lu})+)\.(\p{Lu}\p{Ll}+)$")]
    private static partial Regex GluedAcronym();
}
