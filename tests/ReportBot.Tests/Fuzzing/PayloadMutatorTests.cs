using System.Text.Json.Nodes;
using ReportBot.Testing.Fuzzing;

namespace ReportBot.Tests.Fuzzing;

/// <summary>The fuzz tests' claims rest on the mutator: it must replay exactly, and make every shape it promises.</summary>
public sealed class PayloadMutatorTests
{
    private static readonly JsonNode Template = JsonNode.Parse("""
        {"type":"message","id":"1763630102123","from":{"id":"29:user","name":"A"},"entities":[{"type":"mention","text":"<at>Bot</at>"}],"text":"5G"}
        """)!;

    [Fact]
    public void A_case_is_the_same_bytes_whatever_else_was_generated_before_it()
    {
        var first = new PayloadMutator(7, 64 * 1024);
        var second = new PayloadMutator(7, 64 * 1024);
        for (int i = 0; i < 50; i++) first.Create(i, Template);
        Assert.Equal(first.Create(123, Template).Bytes, second.Create(123, Template).Bytes);
        Assert.NotEqual(first.Create(123, Template).Bytes, new PayloadMutator(8, 64 * 1024).Create(123, Template).Bytes);
    }

    [Fact]
    public void A_thousand_cases_contain_every_hostile_shape_within_and_over_the_size_limit()
    {
        const int limit = 64 * 1024;
        var mutator = new PayloadMutator(FuzzSeed.Default, limit);
        var cases = Enumerable.Range(0, 1_000).Select(i => mutator.Create(i, Template)).ToList();
        string recipes = string.Join("\n", cases.Select(c => c.Recipe));

        foreach (string shape in (string[])["removed", "wrong type", "= null", "null everywhere", "nested 10000 deep", "unicode edge",
            "number edge", "duplicate key", "within the limit", "over the limit", "truncated", "invalid UTF-8", "byte-order mark",
            "whole body", "trailing", "NUL byte"])
            Assert.Contains(shape, recipes);
        Assert.Contains(cases, c => c.Recipe.Contains("array of 100000", StringComparison.Ordinal));
        Assert.Contains(cases, c => c.Bytes.Length > limit);
        Assert.Contains(cases, c => c.Recipe.Contains("within the limit", StringComparison.Ordinal) && c.Bytes.Length > limit / 4 && c.Bytes.Length <= limit);
    }
}
