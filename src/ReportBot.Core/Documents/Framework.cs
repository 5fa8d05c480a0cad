namespace ReportBot.Core.Documents;

/// <summary>
/// A numbered list the report announces with a count, e.g. "the following six policy pillars:" or
/// "three broad lines of effort:". Detected from the text, never configured.
/// </summary>
/// <param name="Name">The announced name as written, e.g. "policy pillars".</param>
/// <param name="ItemNoun">What one item is called, singular, e.g. "pillar" or "line of effort".</param>
/// <param name="Section">The section the list appears in.</param>
/// <param name="Items">The items, numbered from 1.</param>
public sealed record Framework(string Name, string ItemNoun, string Section, IReadOnlyList<FrameworkItem> Items)
{
    public FrameworkItem? Find(int number) => number >= 1 && number <= Items.Count ? Items[number - 1] : null;
}
