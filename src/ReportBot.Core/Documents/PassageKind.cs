namespace ReportBot.Core.Documents;

/// <summary>Where a passage came from in the document's structure.</summary>
public enum PassageKind
{
    Paragraph,
    ListItem,
}
