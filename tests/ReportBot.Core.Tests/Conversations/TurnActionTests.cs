using ReportBot.Core.Conversations;

namespace ReportBot.Core.Tests.Conversations;

public sealed class TurnActionTests
{
    [Fact]
    public void Actions_round_trip_through_their_encoding()
    {
        foreach (var action in new[] { TurnAction.More("a1b2c3d4e5f60718", 3), TurnAction.ShowPillar(6) })
        {
            string encoded = action.Encode();
            Assert.InRange(encoded.Length, 1, TurnAction.MaxEncodedLength);
            Assert.Equal(action, TurnAction.TryDecode(encoded));
        }
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("more")]
    [InlineData("more::3")]
    [InlineData("more:abc:-1")]
    [InlineData("more:abc:x")]
    [InlineData("more:ab c:1")]
    [InlineData("pillar:0")]
    [InlineData("pillar:-2")]
    [InlineData("pillar:1:2")]
    [InlineData("delete:everything")]
    public void Malformed_or_unknown_encodings_decode_to_nothing(string? encoded) => Assert.Null(TurnAction.TryDecode(encoded));

    [Fact]
    public void Oversized_payloads_are_refused() => Assert.Null(TurnAction.TryDecode("pillar:" + new string('1', 200)));
}
