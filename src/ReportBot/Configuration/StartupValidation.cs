using Microsoft.Extensions.Options;

namespace ReportBot.Configuration;

/// <summary>
/// Runs every <c>ValidateOnStart</c> check at once, before the host starts. The host runs them only after it has
/// built its hosted services, and so the objects they need (the MSAL client, say) with the bad setting; and it logs
/// the failure with a stack trace. Checked here first, a bad setting stops the process with its message alone.
/// </summary>
public static class StartupValidation
{
    /// <exception cref="OptionsValidationException">Every failure of every options class, together.</exception>
    public static void Run(IServiceProvider services)
    {
        try
        {
            services.GetService<IStartupValidator>()?.Validate();
        }
        catch (AggregateException e) when (e.InnerExceptions.All(inner => inner is OptionsValidationException))
        {
            // Several options classes failed: one exception with all their messages, as for one.
            var failures = e.InnerExceptions.Cast<OptionsValidationException>().ToList();
            throw new OptionsValidationException(Options.DefaultName, failures[0].OptionsType, failures.SelectMany(f => f.Failures));
        }
    }
}
