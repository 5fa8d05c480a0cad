using System.Text;
using ReportBot.Discord.Interactions;
using ReportBot.Testing;

namespace ReportBot.Discord.Tests.Interactions;

public sealed class InteractionSignatureVerifierTests : IDisposable
{
    private const string Body = """{"type":1,"id":"1","token":"t","version":1}""";
    private const string Timestamp = "1763630102";
    private readonly DiscordTestKeys _keys = new();
    private readonly DiscordTestKeys _otherKeys = new();

    private bool Check(string? signature, string? timestamp, string body) =>
        new InteractionSignatureVerifier(_keys.PublicKeyHex).IsValid(signature, timestamp, Encoding.UTF8.GetBytes(body));

    [Fact]
    public void A_valid_signature_is_accepted() => Assert.True(Check(_keys.Sign(Timestamp, Body), Timestamp, Body));

    [Fact]
    public void A_signature_by_another_key_is_rejected() => Assert.False(Check(_otherKeys.Sign(Timestamp, Body), Timestamp, Body));

    [Fact]
    public void A_tampered_body_is_rejected() => Assert.False(Check(_keys.Sign(Timestamp, Body), Timestamp, Body.Replace("\"t\"", "\"u\"")));

    [Fact]
    public void A_tampered_timestamp_is_rejected() => Assert.False(Check(_keys.Sign(Timestamp, Body), "1763630103", Body));

    [Theory]
    [InlineData(null, Timestamp)]
    [InlineData("", Timestamp)]
    [InlineData("valid", null)]
    [InlineData("valid", "")]
    public void Missing_headers_are_rejected(string? signature, string? timestamp) =>
        Assert.False(Check(signature == "valid" ? _keys.Sign(Timestamp, Body) : signature, timestamp, Body));

    [Theory]
    [InlineData("zz")]
    [InlineData("not hex at all, not even close")]
    [InlineData("0123456789abcdef")]
    public void Non_hex_or_short_signatures_are_rejected(string signature) => Assert.False(Check(signature, Timestamp, Body));

    [Fact]
    public void A_signature_of_the_right_length_but_non_hex_is_rejected() =>
        Assert.False(Check(new string('g', 128), Timestamp, Body));

    [Theory]
    [InlineData("")]
    [InlineData("abc")]
    [InlineData("zzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzz")]
    public void A_malformed_public_key_is_a_clear_configuration_error(string key) =>
        Assert.Contains("Discord:PublicKey", Assert.Throws<ArgumentException>(() => new InteractionSignatureVerifier(key)).Message);

    public void Dispose()
    {
        _keys.Dispose();
        _otherKeys.Dispose();
    }
}
