using System.Net;

namespace ReportBot.Core.Net;

/// <summary>
/// What the per-client-address limits count by: one person's share, not one socket's. Every loopback address is one
/// client (127.0.0.2 is the same machine as 127.0.0.1), and an IPv6 client by its /64, the block one household or
/// server is given, since it can pick any address inside it.
/// </summary>
public static class ClientAddressKey
{
    public static string For(IPAddress? address)
    {
        if (address is null) return "unknown";
        if (address.IsIPv4MappedToIPv6) address = address.MapToIPv4();
        if (IPAddress.IsLoopback(address)) return "loopback";
        if (address.AddressFamily != System.Net.Sockets.AddressFamily.InterNetworkV6) return address.ToString();
        byte[] bytes = address.GetAddressBytes();
        Array.Clear(bytes, 8, 8);
        return new IPAddress(bytes) + "/64";
    }
}
