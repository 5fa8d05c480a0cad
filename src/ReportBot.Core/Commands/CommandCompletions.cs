using System.Globalization;
using ReportBot.Core.Answers;
using ReportBot.Core.Digest;

namespace ReportBot.Core.Commands;

/// <summary>Suggestions for a parameter while it is being typed, from its declared <see cref="CompletionSource"/>.</summary>
public sealed class CommandCompletions(PillarDirectory pillars)
{
    /// <summary>Up to <paramref name="max"/> suggestions matching <paramref name="typed"/>; none for a parameter without a source.</summary>
    public IReadOnlyList<CompletionChoice> For(CommandParameter parameter, string? typed, int max)
    {
        string text = (typed ?? "").Trim();
        return parameter.Completion switch
        {
            CompletionSource.Pillars => pillars.All
                .Where(p => text.Length == 0
                    || p.Number.ToString(CultureInfo.InvariantCulture).StartsWith(text, StringComparison.Ordinal)
                    || p.Title.Contains(text, StringComparison.OrdinalIgnoreCase))
                .Take(max)
                .Select(p => new CompletionChoice($"{p.Number.ToString(CultureInfo.InvariantCulture)} — {p.Title}", p.Number.ToString(CultureInfo.InvariantCulture)))
                .ToList(),
            CompletionSource.TimeZones => TimeZoneNames.Search(text, max).Select(z => new CompletionChoice(z, z)).ToList(),
            _ => [],
        };
    }
}
