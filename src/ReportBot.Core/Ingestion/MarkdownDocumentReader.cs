using System.Text;
using Markdig;
using Markdig.Extensions.Yaml;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using ReportBot.Core.Documents;

namespace ReportBot.Core.Ingestion;

/// <summary>
/// Reads Markdown with Markdig: ATX/setext headings become headings, paragraphs stay paragraphs, ordered list
/// items keep their numbers. Inline formatting is dropped and the visible text kept verbatim.
/// </summary>
public sealed class MarkdownDocumentReader : IDocumentReader
{
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder().UseYamlFrontMatter().Build();

    public IReadOnlyCollection<string> Extensions { get; } = [".md", ".markdown"];

    public SourceDocument Read(string fileName, byte[] content)
    {
        string text = TextDecoding.Decode(content);
        var (metadata, _, _) = FrontMatter.Split(text);
        var document = Markdown.Parse(text, Pipeline);
        var blocks = new List<DocumentBlock>();
        foreach (var block in document)
            Collect(block, blocks, listNumber: null);
        if (metadata.Title.Length == 0 && blocks.FirstOrDefault(b => b.Kind == BlockKind.Heading) is { } h)
            metadata = metadata with { Title = h.Text };
        return new SourceDocument(fileName, metadata, blocks);
    }

    private static void Collect(Block block, List<DocumentBlock> blocks, int? listNumber)
    {
        switch (block)
        {
            case YamlFrontMatterBlock:
                return;
            case HeadingBlock heading:
                Add(blocks, new DocumentBlock(BlockKind.Heading, InlineText(heading.Inline)) { Level = heading.Level });
                return;
            case ParagraphBlock paragraph:
                var kind = listNumber is null ? BlockKind.Paragraph : BlockKind.ListItem;
                Add(blocks, new DocumentBlock(kind, InlineText(paragraph.Inline)) { ListNumber = listNumber });
                return;
            case ListBlock list:
                int number = list.IsOrdered && int.TryParse(list.OrderedStart, out var start) ? start : 1;
                foreach (var item in list.OfType<ListItemBlock>())
                {
                    int? itemNumber = list.IsOrdered ? number++ : null;
                    // Only the item's first paragraph is the item; later ones are plain paragraphs under it.
                    bool first = true;
                    foreach (var child in item)
                    {
                        if (first && child is ParagraphBlock p)
                        {
                            Add(blocks, new DocumentBlock(BlockKind.ListItem, InlineText(p.Inline)) { ListNumber = itemNumber });
                            first = false;
                        }
                        else Collect(child, blocks, null);
                    }
                }
                return;
            case ContainerBlock container:
                foreach (var child in container) Collect(child, blocks, listNumber);
                return;
            case LeafBlock leaf when leaf is not ThematicBreakBlock && leaf.Lines.Count > 0:
                Add(blocks, new DocumentBlock(BlockKind.Paragraph, leaf.Lines.ToString()));
                return;
        }
    }

    private static void Add(List<DocumentBlock> blocks, DocumentBlock block)
    {
        var text = TextMeasure.NormalizeSpace(block.Text);
        if (text.Length > 0) blocks.Add(block with { Text = text });
    }

    private static string InlineText(ContainerInline? inline)
    {
        var sb = new StringBuilder();
        Append(inline, sb);
        return sb.ToString();
    }

    private static void Append(Inline? inline, StringBuilder sb)
    {
        for (var node = inline; node is not null; node = node.NextSibling)
        {
            switch (node)
            {
                case LiteralInline literal: sb.Append(literal.Content.ToString()); break;
                case CodeInline code: sb.Append(code.Content); break;
                case LineBreakInline: sb.Append(' '); break;
                case HtmlEntityInline entity: sb.Append(entity.Transcoded.ToString()); break;
                case AutolinkInline link: sb.Append(link.Url); break;
                case HtmlInline: break;
                case ContainerInline container: Append(container.FirstChild, sb); break;
            }
        }
    }
}
