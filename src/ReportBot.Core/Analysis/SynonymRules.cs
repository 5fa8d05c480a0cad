using System.Text.RegularExpressions;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Synonym;
using Lucene.Net.Util;

namespace ReportBot.Core.Analysis;

/// <summary>
/// The operator-editable synonyms file, in Solr synonym format, compiled into two synonym maps:
/// <list type="bullet">
/// <item><c>a, b, c</c> — equivalent; every term is also indexed as the first one (the canonical form).</item>
/// <item><c>a, b =&gt; c</c> — one way: a and b are also indexed as c.</item>
/// </list>
/// Original words are always kept (unlike Solr's own parser), so "Korea" still matches "South Korea".
/// An input written in capitals only, such as <c>US</c>, matches only when written in capitals, so the
/// pronoun "us" is not read as the country; every other input matches regardless of case and accents.
/// </summary>
public sealed partial class SynonymRules
{
    private SynonymRules(SynonymMap? exactCase, SynonymMap? folded, int ruleCount)
    {
        ExactCase = exactCase;
        Folded = folded;
        RuleCount = ruleCount;
    }

    /// <summary>Rules applied before lower-casing (inputs in capitals only).</summary>
    public SynonymMap? ExactCase { get; }

    /// <summary>Rules applied after lower-casing and accent folding.</summary>
    public SynonymMap? Folded { get; }

    public int RuleCount { get; }

    public static SynonymRules Empty { get; } = new(null, null, 0);

    /// <summary>Parses the rules; a malformed line throws <see cref="FormatException"/> naming the line.</summary>
    public static SynonymRules Parse(string text)
    {
        var exact = new RuleParser(ReportAnalyzer.CreateRuleAnalyzer(foldCase: false));
        var folded = new RuleParser(ReportAnalyzer.CreateRuleAnalyzer(foldCase: true));
        int lineNumber = 0, rules = 0;
        foreach (var rawLine in text.Replace("\r\n", "\n").Split('\n'))
        {
            lineNumber++;
            var line = StripComment(rawLine).Trim();
            if (line.Length == 0) continue;
            var sides = line.Split("=>");
            if (sides.Length > 2) throw new FormatException($"synonyms line {lineNumber}: more than one '=>'");
            var inputs = Terms(sides[0]);
            var outputs = sides.Length == 2 ? Terms(sides[1]) : inputs.Take(1).ToArray();
            if (inputs.Length == 0 || outputs.Length == 0)
                throw new FormatException($"synonyms line {lineNumber}: expected 'a, b, c' or 'a, b => c'");
            try
            {
                foreach (var input in inputs)
                    foreach (var output in outputs)
                    {
                        if (string.Equals(input, output, StringComparison.OrdinalIgnoreCase)) continue;
                        var parser = IsCapitalsOnly(input) ? exact : folded;
                        parser.AddRule(input, output);
                    }
            }
            catch (ArgumentException e)
            {
                throw new FormatException($"synonyms line {lineNumber}: {e.Message}", e);
            }
            rules++;
        }
        return new SynonymRules(exact.BuildIfAny(), folded.BuildIfAny(), rules);
    }

    private static string StripComment(string line)
    {
        int hash = line.IndexOf('#');
        return hash >= 0 ? line[..hash] : line;
    }

    private static string[] Terms(string side) =>
        side.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);

    private static bool IsCapitalsOnly(string term) => CapitalsOnly().IsMatch(term);

    [GeneratedRegex(@"^\p{Lu}{2,}$")]
    private static partial Regex CapitalsOnly();

    /// <summary>Analyses rule text with the chain that precedes the synonym filter it feeds.</summary>
    private sealed class RuleParser(Analyzer analyzer) : SynonymMap.Parser(dedup: true, analyzer)
    {
        private int _added;

        public override void Parse(TextReader @in) => throw new NotSupportedException("rules are added one by one");

        public void AddRule(string input, string output)
        {
            var from = Analyze(input, new CharsRef());
            var to = Analyze(output, new CharsRef());
            // A multi-word output would be stacked over the following positions and corrupt phrase matching.
            if (Array.IndexOf(to.Chars, SynonymMap.WORD_SEPARATOR, to.Offset, to.Length) >= 0)
                throw new ArgumentException($"the canonical term '{output}' must be a single word");
            if (from.Equals(to)) return;
            Add(from, to, includeOrig: true);
            _added++;
        }

        public SynonymMap? BuildIfAny() => _added > 0 ? Build() : null;
    }
}
