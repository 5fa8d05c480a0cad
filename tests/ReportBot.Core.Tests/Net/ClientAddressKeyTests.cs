using System.Net;
using ReportBot.Core.Net;

namespace ReportBot.Core.Tests.Net;

public sealed class ClientAddressKeyTests
{
    [Theory]
    [InlineData("127.0.0.1", "loopback")]
    [InlineData("127.0.0.2", "loopback")]
    [InlineData("::1", "loopback")]
    [InlineData("::ffff:127.0.0.1", "loopback")]
    [InlineData("203.0.113.9", "203.0.113.9")]
    [InlineData("::ffff:203.0.113.9", "203.0.113.9")]
    [InlineData("2001:db8:1:2:aaaa:bbbb:cccc:dddd", "2001:db8:1:2::/64")]
    [InlineData("2001:db8:1:2::1", "2001:db8:1:2::/64")]
    public void Addresses_one_client_controls_share_a_key(string address, string key) =>
        Assert.Equal(key, ClientAddressKey.For(IPAddress.Parse(address)));
}
