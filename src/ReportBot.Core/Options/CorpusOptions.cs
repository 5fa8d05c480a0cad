using System.ComponentModel.DataAnnotations;

namespace ReportBot.Core.Options;

/// <summary>Configuration section <c>Corpus</c>: where the report lives and how to read it.</summary>
public sealed class CorpusOptions
{
    public const string Section = "Corpus";

    /// <summary>Folder with the report files (Markdown, text, PDF) and <c>synonyms.txt</c>; relative paths start at the content root.</summary>
    [Required]
    public string Path { get; set; } = "corpus";

    /// <summary>What the report calls the items <c>pillar N</c> refers to; the detected framework with this item noun is used.</summary>
    [Required]
    public string PillarNoun { get; set; } = "pillar";

    /// <summary>Quiet time after the last change in the corpus folder before the running bot rebuilds its index.</summary>
    [Range(typeof(TimeSpan), "00:00:00.050", "00:10:00")]
    public TimeSpan ReloadDebounce { get; set; } = TimeSpan.FromSeconds(2);
}
