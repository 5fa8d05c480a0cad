using System.ComponentModel.DataAnnotations;

namespace ReportBot.Core.Options;

/// <summary>Configuration section <c>Data</c>: where the index (and later the state file) are kept.</summary>
public sealed class DataOptions
{
    public const string Section = "Data";

    [Required]
    public string Path { get; set; } = "data";
}
