using Microsoft.Extensions.Time.Testing;
using ReportBot.Discord.Rest.RateLimits;

namespace ReportBot.Discord.Tests.Rest.RateLimits;

public sealed class BucketRegistryTests
{
    private static readonly Route Messages1 = new(HttpMethod.Post, "/channels/{channel_id}/messages", "1");
    private static readonly Route Messages2 = Messages1 with { MajorParameter = "2" };
    private static readonly Route Edit1 = new(HttpMethod.Patch, "/channels/{channel_id}/messages/{message_id}", "1");

    [Fact]
    public void Major_parameters_and_templates_are_separate_buckets_until_discord_names_them()
    {
        var registry = new BucketRegistry(new FakeTimeProvider());

        Assert.Same(registry.Resolve(Messages1), registry.Resolve(Messages1));
        Assert.NotSame(registry.Resolve(Messages1), registry.Resolve(Messages2));
        Assert.NotSame(registry.Resolve(Messages1), registry.Resolve(Edit1));
    }

    [Fact]
    public void Routes_with_the_same_hash_share_a_bucket_per_major_parameter()
    {
        var registry = new BucketRegistry(new FakeTimeProvider());
        var used = registry.Resolve(Messages1);

        registry.Learn(Messages1, used, "hash-a");
        registry.Learn(Edit1, registry.Resolve(Edit1), "hash-a");

        Assert.True(registry.IsHashKnown(Edit1));
        Assert.Same(used, registry.Resolve(Messages1));
        Assert.Same(used, registry.Resolve(Edit1));
        Assert.NotSame(used, registry.Resolve(Messages2));
    }

    [Fact]
    public void Routes_never_print_their_major_parameter()
    {
        var webhook = new Route(HttpMethod.Patch, "/webhooks/{application_id}/{interaction_token}/messages/@original", "1/secret-token");

        Assert.Equal("PATCH /webhooks/{application_id}/{interaction_token}/messages/@original", webhook.ToString());
        Assert.DoesNotContain("secret", webhook.ToString());
        Assert.True(webhook.IsGlobalExempt);
        Assert.False(Messages1.IsGlobalExempt);
    }
}
