using Microsoft.Extensions.Options;
using ReportBot.Core.Digest;

namespace ReportBot.Configuration;

/// <summary>Checks that the digest's default time zone exists (the annotations check the rest).</summary>
public sealed class DigestOptionsValidator : IValidateOptions<DigestOptions>
{
    public ValidateOptionsResult Validate(string? name, DigestOptions options) =>
        DigestTimes.TryParseZone(options.DefaultTimeZone, out _, out var error)
            ? ValidateOptionsResult.Success
            : ValidateOptionsResult.Fail($"Digest:DefaultTimeZone: {error}");
}
