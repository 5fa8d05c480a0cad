using Microsoft.Identity.Client;

namespace ReportBot.Teams.Connector;

/// <summary>Lets MSAL use a client from <see cref="IHttpClientFactory"/> (named <see cref="ClientName"/>).</summary>
public sealed class MsalHttpClientFactory(IHttpClientFactory factory) : IMsalHttpClientFactory
{
    public const string ClientName = "msal";

    public HttpClient GetHttpClient() => factory.CreateClient(ClientName);
}
