using System.Text.Json;
using ReportBot.Teams.Authentication;

namespace ReportBot.Teams.Tests.Authentication;

public sealed class JwksEndorsementReaderTests
{
    [Fact]
    public void Reads_each_keys_endorsements_and_treats_a_missing_array_as_none()
    {
        const string json = """
            {"keys":[
              {"kty":"RSA","kid":"a","endorsements":["msteams","webchat"]},
              {"kty":"RSA","kid":"b"},
              {"kty":"RSA","endorsements":["skype"]},
              {"kty":"RSA","kid":"c","endorsements":"msteams"},
              {"kty":"RSA","kid":"d","endorsements":["skype",7,null]}
            ]}
            """;

        var map = JwksEndorsementReader.Read(json);

        Assert.Equal(["msteams", "webchat"], map["a"].Order());
        Assert.Empty(map["b"]);
        Assert.Empty(map["c"]);
        Assert.Equal(["skype"], map["d"]);
        Assert.Equal(4, map.Count);
    }

    [Theory]
    [InlineData("")]
    [InlineData("[]")]
    [InlineData("{}")]
    [InlineData("{\"keys\":{}}")]
    [InlineData("not json")]
    public void Malformed_documents_throw_a_json_exception(string json)
    {
        Assert.ThrowsAny<JsonException>(() => JwksEndorsementReader.Read(json));
    }
}
