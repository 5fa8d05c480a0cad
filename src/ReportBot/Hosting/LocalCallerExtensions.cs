using ReportBot.Core.Net;

namespace ReportBot.Hosting;

/// <summary><see cref="LocalCaller"/> for an ASP.NET Core request.</summary>
public static class LocalCallerExtensions
{
    public static bool IsLocalCaller(this HttpContext context) =>
        LocalCaller.IsLocal(context.Connection.RemoteIpAddress, context.Request.Headers.Host.ToString(), context.Request.Headers.Keys);
}
