using ReportBot.Core.Answers;
using ReportBot.Core.Digest;

namespace ReportBot.Core.Tests.Digest;

public sealed class DigestRotationTests
{
    private const int N = 30;

    private static readonly IReadOnlyList<Recommendation> Catalog = Enumerable.Range(0, N).Select(Item).ToList();

    [Fact]
    public void N_picks_are_all_different_and_pick_N_plus_one_starts_a_new_cycle()
    {
        var posted = new HashSet<string>();
        for (int day = 0; day < N; day++)
        {
            var (item, cycle) = DigestRotation.Next(Catalog, "discord:123", 0, posted);
            Assert.Equal(0, cycle);
            Assert.True(posted.Add(item.Id), $"{item.Id} repeated on day {day}");
        }
        Assert.Equal(N, posted.Count);

        var (next, nextCycle) = DigestRotation.Next(Catalog, "discord:123", 0, posted);
        Assert.Equal(1, nextCycle);
        Assert.Equal(DigestRotation.Order(Catalog, "discord:123", 1)[0], next);

        // The new cycle again goes through everything once, in a different order.
        var second = Walk("discord:123", 1, N);
        Assert.Equal(N, second.Distinct().Count());
        Assert.Equal(next.Id, second[0]);
        Assert.NotEqual(Walk("discord:123", 0, N), second);
    }

    [Fact]
    public void Two_subscriptions_get_different_orders()
    {
        Assert.NotEqual(Walk("discord:123", 0, N), Walk("msteams:19:abc@thread.tacv2", 0, N));
        Assert.Equal(Walk("discord:123", 0, N).Order(), Walk("msteams:19:abc@thread.tacv2", 0, N).Order());
    }

    [Fact]
    public void The_order_is_the_same_in_every_process()
    {
        // Pinned: string.GetHashCode or an unseeded shuffle would give a different order in each test run.
        Assert.Equal(["item02", "item17", "item27", "item28", "item13"], Walk("discord:123", 0, 5));
        Assert.Equal(Walk("discord:123", 0, N), Walk("discord:123", 0, N));
    }

    [Fact]
    public void The_order_does_not_depend_on_the_catalogue_order()
    {
        var reversed = Catalog.Reverse().ToList();
        Assert.Equal(DigestRotation.Order(Catalog, "discord:123", 0), DigestRotation.Order(reversed, "discord:123", 0));
    }

    [Fact]
    public void An_item_removed_from_the_catalogue_is_skipped_and_the_rest_keep_their_order()
    {
        var order = Walk("discord:123", 0, N);
        var posted = new HashSet<string> { order[0], order[1] };
        var smaller = Catalog.Where(i => i.Id != order[2]).ToList();

        var (item, cycle) = DigestRotation.Next(smaller, "discord:123", 0, posted);

        Assert.Equal(order[3], item.Id);
        Assert.Equal(0, cycle);
        Assert.Equal(order.Where(id => id != order[2]), DigestRotation.Order(smaller, "discord:123", 0).Select(i => i.Id));
    }

    [Fact]
    public void Posted_ids_that_left_the_catalogue_do_not_hold_back_a_new_cycle()
    {
        var posted = Catalog.Select(i => i.Id).Append("gone00000000").ToHashSet();
        Assert.Equal(1, DigestRotation.Next(Catalog, "discord:123", 0, posted).Cycle);
        Assert.Equal(0, DigestRotation.Next([.. Catalog, Item(99)], "discord:123", 0, posted).Cycle);
    }

    [Fact]
    public void An_empty_catalogue_is_refused()
    {
        Assert.Throws<ArgumentException>(() => DigestRotation.Next([], "discord:123", 0, new HashSet<string>()));
    }

    /// <summary>The ids a subscription is given on consecutive days within one cycle.</summary>
    private static List<string> Walk(string subscription, int cycle, int days)
    {
        var posted = new HashSet<string>();
        var ids = new List<string>();
        for (int day = 0; day < days; day++)
        {
            var (item, c) = DigestRotation.Next(Catalog, subscription, cycle, posted);
            Assert.Equal(cycle, c);
            posted.Add(item.Id);
            ids.Add(item.Id);
        }
        return ids;
    }

    private static Recommendation Item(int n) => new(
        $"item{n:00}", RecommendationKind.Sentence, $"Quote {n}.", null, new Citation("Section", null, null), [], $"Question {n}?");
}
