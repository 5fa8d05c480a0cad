using ReportBot.Core.Feedback;

namespace ReportBot.Core.Tests.Feedback;

public sealed class VoterPseudonymsTests
{
    private static readonly byte[] Key = Enumerable.Range(0, 32).Select(i => (byte)i).ToArray();

    [Fact]
    public void The_same_user_gets_the_same_pseudonym_and_it_does_not_reveal_the_id()
    {
        var voters = new VoterPseudonyms(Key);
        string a = voters.For("discord", "80351110224678912");
        Assert.Equal(a, new VoterPseudonyms(Key).For("discord", "80351110224678912"));
        Assert.Equal(32, a.Length);
        Assert.DoesNotContain("80351110224678912", a, StringComparison.Ordinal);
        Assert.NotEqual(a, voters.For("msteams", "80351110224678912"));
        Assert.NotEqual(a, voters.For("discord", "80351110224678913"));
    }

    [Fact]
    public void Another_installation_key_gives_other_pseudonyms()
    {
        var other = Key.Select(b => (byte)(b ^ 0xFF)).ToArray();
        Assert.NotEqual(new VoterPseudonyms(Key).For("web", "u1"), new VoterPseudonyms(other).For("web", "u1"));
    }

    [Fact]
    public void A_short_key_is_refused() => Assert.Throws<ArgumentException>(() => new VoterPseudonyms(new byte[8]));
}
