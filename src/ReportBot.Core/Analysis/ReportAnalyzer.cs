using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Analysis.En;
using Lucene.Net.Analysis.Miscellaneous;
using Lucene.Net.Analysis.Standard;
using Lucene.Net.Analysis.Synonym;
using Lucene.Net.Analysis.Util;
using Lucene.Net.Util;

namespace ReportBot.Core.Analysis;

/// <summary>
/// The English analysis chain for report text and for questions; the two differ only in their stop words.
/// <code>
/// StandardTokenizer → AcronymJoinSplit → Synonyms(capitals only) → EnglishPossessive → ASCIIFolding → LowerCase
///   → OrdinalNumber → Synonyms(folded) → Stop → PorterStem → RemoveDuplicates
/// </code>
/// Synonyms run before stop words and stemming, as SynonymFilter requires. Canonical forms are stemmed like
/// every other token, so a canonical word written in the text ("telecommunications") and the same word injected
/// by a synonym ("telecom") end up as one term.
/// </summary>
public sealed class ReportAnalyzer : Analyzer
{
    public const LuceneVersion Version = LuceneVersion.LUCENE_48;

    private readonly SynonymRules _synonyms;
    private readonly CharArraySet _stopWords;

    public ReportAnalyzer(SynonymRules synonyms, CharArraySet stopWords)
    {
        _synonyms = synonyms;
        _stopWords = stopWords;
    }

    public static ReportAnalyzer ForIndex(SynonymRules synonyms) => new(synonyms, QuestionStopWords.Index);

    public static ReportAnalyzer ForQuestions(SynonymRules synonyms) => new(synonyms, QuestionStopWords.Question);

    protected override TokenStreamComponents CreateComponents(string fieldName, TextReader reader)
    {
        var source = new StandardTokenizer(Version, reader);
        TokenStream stream = Normalize(source, foldCase: true, _synonyms);
        if (_synonyms.Folded is { } folded) stream = new SynonymFilter(stream, folded, ignoreCase: true);
        stream = new StopFilter(Version, stream, _stopWords);
        stream = new PorterStemFilter(stream);
        stream = new RemoveDuplicatesTokenFilter(stream);
        return new TokenStreamComponents(source, stream);
    }

    /// <summary>The part of the chain before the folded synonym filter; rule text goes through exactly this.</summary>
    private static TokenStream Normalize(Tokenizer source, bool foldCase, SynonymRules? synonyms)
    {
        TokenStream stream = new AcronymJoinSplitFilter(source);
        if (synonyms?.ExactCase is { } exact) stream = new SynonymFilter(stream, exact, ignoreCase: false);
        if (!foldCase) return stream;
        stream = new EnglishPossessiveFilter(Version, stream);
        stream = new ASCIIFoldingFilter(stream);
        stream = new LowerCaseFilter(Version, stream);
        return new OrdinalNumberFilter(stream);
    }

    /// <summary>An analyzer that reproduces the chain up to one of the two synonym filters, for parsing rules.</summary>
    internal static Analyzer CreateRuleAnalyzer(bool foldCase) => NewAnonymous((_, reader) =>
    {
        var source = new StandardTokenizer(Version, reader);
        return new TokenStreamComponents(source, Normalize(source, foldCase, synonyms: null));
    });
}
