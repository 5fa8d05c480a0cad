using ReportBot.Teams.Authentication;

namespace ReportBot.Teams.Tests.Authentication;

public sealed class BearerHeaderTests
{
    [Fact]
    public void Token_is_taken_from_a_bearer_header()
    {
        Assert.True(BearerHeader.TryGetToken("Bearer abc.def.ghi", out var token));
        Assert.Equal("abc.def.ghi", token);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("Bearer")]
    [InlineData("Bearer   ")]
    [InlineData("Basic abc")]
    [InlineData("Bearerabc")]
    [InlineData("Bearer a b")]
    [InlineData("Bearer a\tb")]
    // The Bot Framework SDK splits on single spaces and wants exactly "Bearer" and the token; so do we.
    [InlineData("bearer abc")]
    [InlineData("BEARER abc")]
    [InlineData("Bearer  abc")]
    [InlineData(" Bearer abc")]
    [InlineData("Bearer abc ")]
    [InlineData("Bearer\tabc")]
    [InlineData("  BEARER   abc  ")]
    public void Anything_else_yields_no_token(string? header)
    {
        Assert.False(BearerHeader.TryGetToken(header, out var token));
        Assert.Equal(string.Empty, token);
    }
}
