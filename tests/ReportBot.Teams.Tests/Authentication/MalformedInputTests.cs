using ReportBot.Teams.Tests.Support;
using static ReportBot.Teams.Tests.Support.BotAuthTestKit;

namespace ReportBot.Teams.Tests.Authentication;

/// <summary>Whatever arrives in the Authorization header, the answer is a 401, never an exception.</summary>
public sealed class MalformedInputTests(ChannelKeysFixture keys) : IClassFixture<ChannelKeysFixture>
{
    [Fact]
    public async Task Missing_header_is_rejected()
    {
        var result = await Authenticator(keys.Server.MetadataUrl).AuthenticateAsync(null, "msteams", ServiceUrl, false, default);

        Assert.False(result.Succeeded);
        Assert.Equal(401, result.StatusCode);
        Assert.Contains("no Authorization header", result.Failure);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("Bearer")]
    [InlineData("Bearer ")]
    [InlineData("Bearer abc")]
    [InlineData("Basic xyz")]
    [InlineData("Basic dXNlcjpwYXNz")]
    [InlineData("Bearer a.b.c")]
    [InlineData("Bearer a.b")]
    [InlineData("Bearer ...")]
    [InlineData("Bearer eyJ.eyJ.")]
    [InlineData("Bearer eyJhbGciOiJSUzI1NiJ9")]
    [InlineData("Bearer eyJhbGciOiJSUzI1NiJ9.bm90IGpzb24.c2ln")]
    [InlineData("Bearer eyJhbGciOiJSUzI1NiJ9.e30.")]
    [InlineData("Bearer bm90IGpzb24.e30.c2ln")]
    [InlineData("Bearer two tokens")]
    [InlineData("\u0000\u0001garbage")]
    public async Task Garbage_header_is_rejected_with_401(string header)
    {
        var result = await Authenticator(keys.Server.MetadataUrl).AuthenticateAsync(header, "msteams", ServiceUrl, false, default);

        Assert.False(result.Succeeded);
        Assert.Equal(401, result.StatusCode);
        Assert.NotNull(result.Failure);
        Assert.Null(result.VerifiedServiceUrl);
    }

    [Fact]
    public async Task Valid_token_with_extra_text_after_it_is_rejected()
    {
        var header = Bearer(ChannelToken(keys.KeyA)) + " trailing";

        var result = await Authenticator(keys.Server.MetadataUrl).AuthenticateAsync(header, "msteams", ServiceUrl, false, default);

        Assert.Equal(401, result.StatusCode);
    }

    [Fact]
    public async Task Token_missing_its_signature_part_is_rejected()
    {
        var parts = ChannelToken(keys.KeyA).Split('.');

        var result = await Authenticator(keys.Server.MetadataUrl)
            .AuthenticateAsync(Bearer($"{parts[0]}.{parts[1]}"), "msteams", ServiceUrl, false, default);

        Assert.Equal(401, result.StatusCode);
    }

    [Fact]
    public async Task Scheme_is_case_sensitive_as_in_the_sdk()
    {
        var token = ChannelToken(keys.KeyA);

        var result = await Authenticator(keys.Server.MetadataUrl).AuthenticateAsync("bearer " + token, "msteams", ServiceUrl, false, default);

        ChannelTokenTests.AssertRejected(result, token, 401, "Bearer");
    }
}
