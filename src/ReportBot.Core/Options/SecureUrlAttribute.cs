using System.ComponentModel.DataAnnotations;

namespace ReportBot.Core.Options;

/// <summary>
/// Validates a URL setting with <see cref="UrlSetting.Problem"/>, naming it by its full configuration key
/// (<paramref name="section"/>:property), so a bad value stops start-up before any client is built with it.
/// </summary>
/// <param name="section">The configuration section the options class is bound to, e.g. <c>Teams</c>.</param>
[AttributeUsage(AttributeTargets.Property)]
public sealed class SecureUrlAttribute(string section) : ValidationAttribute
{
    public string Section { get; } = section;

    /// <summary>The secure scheme required: <c>https</c> (default) or <c>wss</c>.</summary>
    public string Scheme { get; set; } = "https";

    /// <summary>Whether the setting may be left empty.</summary>
    public bool Optional { get; set; }

    public override bool RequiresValidationContext => true;

    protected override ValidationResult? IsValid(object? value, ValidationContext validationContext)
    {
        string member = validationContext.MemberName ?? validationContext.DisplayName;
        string? problem = UrlSetting.Problem($"{Section}:{member}", value as string, Scheme, Optional);
        return problem is null ? ValidationResult.Success : new ValidationResult(problem, [member]);
    }
}
