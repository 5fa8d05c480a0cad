using System.Text.RegularExpressions;
using ReportBot.Core.Documents;

namespace ReportBot.Core.Ingestion;

/// <summary>
/// Reads plain text: blank lines separate blocks; a lone short line without closing punctuation is a heading;
/// lines starting "1." or "1)" are numbered list items and lines starting with a bullet are list items.
/// A leading <c>---</c> front-matter block is honoured as in Markdown.
/// </summary>
public sealed partial class PlainTextDocumentReader : IDocumentReader
{
    private const int MaxHeadingWords = 12;

    public IReadOnlyCollection<string> Extensions { get; } = [".txt", ".text"];

    public SourceDocument Read(string fileName, byte[] content)
    {
        var (metadata, body, _) = FrontMatter.Split(TextDecoding.Decode(content));
        var blocks = new List<DocumentBlock>();
        foreach (var chunk in SplitChunks(body))
            blocks.AddRange(ChunkBlocks(chunk));
        if (metadata.Title.Length == 0 && blocks.FirstOrDefault(b => b.Kind == BlockKind.Heading) is { } h)
            metadata = metadata with { Title = h.Text };
        return new SourceDocument(fileName, metadata, blocks);
    }

    private static IEnumerable<List<string>> SplitChunks(string body)
    {
        var current = new List<string>();
        foreach (var raw in body.Replace("\r\n", "\n").Split('\n'))
        {
            if (raw.Trim().Length == 0)
            {
                if (current.Count > 0) yield return current;
                current = [];
            }
            else current.Add(raw.Trim());
        }
        if (current.Count > 0) yield return current;
    }

    private static IEnumerable<DocumentBlock> ChunkBlocks(List<string> lines)
    {
        if (lines.Count == 1 && IsHeading(lines[0]))
        {
            var heading = MarkdownHeading().Match(lines[0]);
            yield return heading.Success
                ? new DocumentBlock(BlockKind.Heading, heading.Groups[2].Value.Trim()) { Level = heading.Groups[1].Length }
                : new DocumentBlock(BlockKind.Heading, lines[0]) { Level = 1 };
            yield break;
        }

        var paragraph = new List<string>();
        DocumentBlock? pendingItem = null;
        foreach (var line in lines)
        {
            var numbered = NumberedItem().Match(line);
            var bullet = BulletItem().Match(line);
            if (numbered.Success || bullet.Success)
            {
                if (Flush(ref pendingItem, paragraph) is { } done) yield return done;
                pendingItem = numbered.Success
                    ? new DocumentBlock(BlockKind.ListItem, "") { ListNumber = int.Parse(numbered.Groups[1].Value) }
                    : new DocumentBlock(BlockKind.ListItem, "");
                paragraph.Add(numbered.Success ? numbered.Groups[2].Value : bullet.Groups[1].Value);
            }
            else paragraph.Add(line);
        }
        if (Flush(ref pendingItem, paragraph) is { } last) yield return last;
    }

    private static DocumentBlock? Flush(ref DocumentBlock? pendingItem, List<string> lines)
    {
        if (lines.Count == 0) return null;
        var text = TextMeasure.NormalizeSpace(string.Join(' ', lines));
        lines.Clear();
        var block = pendingItem is null ? new DocumentBlock(BlockKind.Paragraph, text) : pendingItem with { Text = text };
        pendingItem = null;
        return block;
    }

    private static bool IsHeading(string line)
    {
        if (MarkdownHeading().IsMatch(line)) return true;
        if (NumberedItem().IsMatch(line) || BulletItem().IsMatch(line)) return false;
        return TextMeasure.CountWords(line) <= MaxHeadingWords && !".,;:!?…\"”".Contains(line[^1]);
    }

    [GeneratedRegex(@"^(#{1,6})\s+(.+)$")]
    private static partial Regex MarkdownHeading();

    [GeneratedRegex(@"^(\d{1,3})[.)]\s+(.+)$")]
    private static partial Regex NumberedItem();

    [GeneratedRegex(@"^[•\-*–]\s+(.+)$")]
    private static partial Regex BulletItem();
}
