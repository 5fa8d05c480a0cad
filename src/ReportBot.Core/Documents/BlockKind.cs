namespace ReportBot.Core.Documents;

/// <summary>What a block of a source document is, independent of the file format it came from.</summary>
public enum BlockKind
{
    Heading,
    Paragraph,
    ListItem,
}
