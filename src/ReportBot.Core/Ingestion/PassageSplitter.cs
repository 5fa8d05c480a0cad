using System.Security.Cryptography;
using System.Text;
using ReportBot.Core.Documents;

namespace ReportBot.Core.Ingestion;

/// <summary>
/// Turns format-neutral blocks into quotable passages: one per paragraph, one per list item (with the list's
/// lead-in as context), long paragraphs split at sentence boundaries, and tiny paragraphs joined to a neighbour.
/// </summary>
public sealed class PassageSplitter(PassageRules rules)
{
    public PassageSplitter() : this(PassageRules.Default) { }

    public IReadOnlyList<Passage> Split(IEnumerable<SourceDocument> documents)
    {
        var drafts = new List<Draft>();
        foreach (var document in documents)
            drafts.AddRange(Drafts(document));
        return Finish(JoinShortParagraphs(drafts));
    }

    private sealed record Draft(PassageKind Kind, string[] SectionPath, string Text, int? Page, int? EndPage)
    {
        public string? Context { get; init; }
        public int? ListNumber { get; init; }
    }

    private IEnumerable<Draft> Drafts(SourceDocument document)
    {
        var headings = new List<(int Level, string Text)>();
        DocumentBlock? previous = null;
        string? leadIn = null;
        foreach (var block in document.Blocks)
        {
            string[] path = headings.Select(h => h.Text).ToArray();
            switch (block.Kind)
            {
                case BlockKind.Heading:
                    headings.RemoveAll(h => h.Level >= block.Level);
                    headings.Add((block.Level, block.Text));
                    leadIn = null;
                    break;
                case BlockKind.ListItem:
                    if (previous?.Kind == BlockKind.Paragraph) leadIn = previous.Text;
                    foreach (var text in SplitLong(block.Text))
                        yield return new Draft(PassageKind.ListItem, path, text, block.Page, block.EndPage)
                        {
                            Context = leadIn,
                            ListNumber = block.ListNumber,
                        };
                    break;
                default:
                    leadIn = null;
                    foreach (var text in SplitLong(block.Text))
                        yield return new Draft(PassageKind.Paragraph, path, text, block.Page, block.EndPage);
                    break;
            }
            previous = block;
        }
    }

    /// <summary>Splits text longer than <see cref="PassageRules.MaxWords"/> into sentence-aligned parts of similar size.</summary>
    internal IEnumerable<string> SplitLong(string text)
    {
        int words = TextMeasure.CountWords(text);
        if (words <= rules.MaxWords) return [text];
        var sentences = SentenceSplitter.Split(text);
        if (sentences.Count < 2) return [text];

        int parts = Math.Max(2, (int)Math.Round(words / (double)rules.TargetWords));
        double perPart = words / (double)parts;
        var result = new List<string>();
        int partStart = sentences[0].Start.Value, partEnd = partStart, partWords = 0, wordsBefore = 0;
        foreach (var sentence in sentences)
        {
            int sentenceWords = TextMeasure.CountWords(text.AsSpan()[sentence]);
            // Close the part when this sentence would carry it further past its share than stopping short would.
            double target = perPart * (result.Count + 1);
            if (partWords > 0 && result.Count < parts - 1 &&
                Math.Abs(wordsBefore + sentenceWords - target) > Math.Abs(wordsBefore - target))
            {
                result.Add(text[partStart..partEnd]);
                partStart = sentence.Start.Value;
                partWords = 0;
            }
            partEnd = sentence.End.Value;
            partWords += sentenceWords;
            wordsBefore += sentenceWords;
        }
        result.Add(text[partStart..partEnd]);
        return result;
    }

    /// <summary>
    /// Joins paragraphs too short to stand alone (a role line, a dateline) to the next paragraph of the same section,
    /// or to the previous one when nothing follows, keeping a line break between them.
    /// </summary>
    private List<Draft> JoinShortParagraphs(List<Draft> drafts)
    {
        var result = new List<Draft>();
        Draft? carry = null;
        foreach (var draft in drafts)
        {
            var current = draft;
            if (carry is not null)
            {
                if (SameSection(carry, current) && current.Kind == PassageKind.Paragraph)
                    current = current with { Text = carry.Text + "\n" + current.Text, Page = carry.Page ?? current.Page };
                else AppendOrKeep(result, carry);
                carry = null;
            }
            if (current.Kind == PassageKind.Paragraph && TextMeasure.CountWords(current.Text) < rules.MinWords)
                carry = current;
            else result.Add(current);
        }
        if (carry is not null) AppendOrKeep(result, carry);
        return result;
    }

    private static void AppendOrKeep(List<Draft> result, Draft shortDraft)
    {
        if (result.Count > 0 && SameSection(result[^1], shortDraft) && result[^1].Kind == PassageKind.Paragraph)
            result[^1] = result[^1] with { Text = result[^1].Text + "\n" + shortDraft.Text, EndPage = shortDraft.EndPage ?? shortDraft.Page ?? result[^1].EndPage };
        else result.Add(shortDraft);
    }

    private static bool SameSection(Draft a, Draft b) => a.SectionPath.AsSpan().SequenceEqual(b.SectionPath);

    private static List<Passage> Finish(List<Draft> drafts)
    {
        var passages = new List<Passage>(drafts.Count);
        var used = new HashSet<string>(StringComparer.Ordinal);
        foreach (var d in drafts)
        {
            string id = StableId(d.SectionPath, d.Text);
            for (int n = 2; !used.Add(id); n++) id = StableId(d.SectionPath, d.Text) + "-" + n;
            passages.Add(new Passage
            {
                Id = id,
                Ordinal = passages.Count,
                Kind = d.Kind,
                SectionPath = d.SectionPath,
                Text = d.Text,
                Context = d.Context,
                ListNumber = d.ListNumber,
                Page = d.Page,
                EndPage = d.EndPage != d.Page ? d.EndPage : null,
            });
        }
        return passages;
    }

    /// <summary>Section slug plus a short hash of the text: unchanged text keeps its id across re-indexing.</summary>
    internal static string StableId(IReadOnlyList<string> sectionPath, string text)
    {
        string section = sectionPath.Count > 0 ? sectionPath[0] : "report";
        var slug = new StringBuilder();
        foreach (char c in section.ToLowerInvariant())
        {
            if (char.IsAsciiLetterOrDigit(c)) slug.Append(c);
            else if (slug.Length > 0 && slug[^1] != '-') slug.Append('-');
            if (slug.Length >= 24) break;
        }
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(string.Join('\u001f', sectionPath) + '\u001e' + text));
        return slug.ToString().Trim('-') + "-" + Convert.ToHexStringLower(hash.AsSpan(0, 4));
    }
}
