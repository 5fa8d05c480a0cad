using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace ReportBot.Testing;

/// <summary>Carries out a <see cref="NetworkFault"/> on a request a fake is handling.</summary>
internal static class NetworkFaults
{
    public static async Task ApplyAsync(HttpContext context, NetworkFault fault)
    {
        if (fault == NetworkFault.Hang)
        {
            // Held until the client hangs up, or the fake shuts down (which would otherwise wait for this request).
            var stopping = context.RequestServices.GetService<IHostApplicationLifetime>()?.ApplicationStopping ?? CancellationToken.None;
            using var either = CancellationTokenSource.CreateLinkedTokenSource(context.RequestAborted, stopping);
            var released = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            using (either.Token.Register(() => released.TrySetResult()))
                await released.Task;
        }
        context.Abort();
    }
}
