using ReportBot.Core.Net;

namespace ReportBot.Core.Tests.Net;

public sealed class SecretRedactorTests
{
    private const string Token = "MTEx.SuperSecretBotToken.abcdefghijklmnop";
    private const string Password = "Xy8Q~Secret.AppPassword_value-1234+/=";
    private readonly SecretRedactor _redactor = new([Token, Password, null, "short"]);

    [Theory]
    [InlineData("bad token " + Token)]
    [InlineData("Invalid client secret provided: '" + Password + "'")]
    [InlineData("raw=grant_type=client_credentials&client_secret=Xy8Q~Secret.AppPassword_value-1234%2B%2F%3D&scope=x")]
    [InlineData("client_secret=Xy8Q%7eSecret.AppPassword_value-1234%2b%2f%3d")]
    [InlineData("echo: Authorization: Bot MTEx.OtherTokenNotConfigured.zzzzzz")]
    [InlineData("Bearer eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiIxIn0.c2lnbmF0dXJl")]
    public void Secrets_and_credentials_are_masked(string upstream)
    {
        string clean = _redactor.Redact(upstream);
        Assert.Contains("[redacted]", clean);
        Assert.DoesNotContain("SuperSecretBotToken", clean, StringComparison.Ordinal);
        Assert.DoesNotContain("AppPassword_value", clean, StringComparison.Ordinal);
        Assert.DoesNotContain("eyJ", clean, StringComparison.Ordinal);
        Assert.DoesNotContain("OtherToken", clean, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("The Bot Framework connector answered 503 Service Unavailable")]
    [InlineData("Unknown Channel (code 10003)")]
    public void Ordinary_text_is_left_alone(string upstream) => Assert.Equal(upstream, _redactor.Redact(upstream));

    [Fact]
    public void Control_characters_are_blanked_and_long_text_cut()
    {
        Assert.Equal("a b", _redactor.Redact("a\nb"));
        string cut = _redactor.Redact(new string('x', 1_000), 50);
        Assert.Equal(51, cut.Length);
        Assert.EndsWith("…", cut, StringComparison.Ordinal);
    }
}
