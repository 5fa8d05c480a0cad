using ReportBot.Core.Documents;

namespace ReportBot.Core.Search;

/// <summary>Builds the label text of framework items ("pillar 3 three third", "line of effort 2 second").</summary>
public static class FrameworkLabels
{
    public static Dictionary<string, string> ByPassageId(IEnumerable<Framework> frameworks)
    {
        var labels = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var framework in frameworks)
            foreach (var item in framework.Items)
            {
                string words = item.Number < NumberWords.Ordinals.Count
                    ? $" {NumberWords.Cardinals[item.Number]} {NumberWords.Ordinals[item.Number]}"
                    : "";
                labels[item.PassageId] = $"{framework.ItemNoun} {item.Number}{words}";
            }
        return labels;
    }
}
