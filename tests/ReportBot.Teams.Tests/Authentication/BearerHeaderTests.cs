using ReportBot.Teams.Authentication;

namespace ReportBot.Teams.Tests.Authentication;

public sealed class BearerHeaderTests
{
    [Theory]
    [InlineData("Bearer abc.def.ghi", "abc.def.ghi")]
    [InlineData("bearer abc", "abc")]
    [InlineData("  BEARER   abc  ", "abc")]
    public void Token_is_taken_from_a_bearer_header(string header, string expected)
    {
        Assert.True(BearerHeader.TryGetToken(header, out var token));
        Assert.Equal(expected, token);
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
    public void Anything_else_yields_no_token(string? header)
    {
        Assert.False(BearerHeader.TryGetToken(header, out var token));
        Assert.Equal(string.Empty, token);
    }
}
