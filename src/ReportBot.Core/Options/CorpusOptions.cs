using System.ComponentModel.DataAnnotations;

namespace ReportBot.Core.Options;

/// <summary>Configuration section <c>Corpus</c>: where the report lives and how to read it.</summary>
public sealed class CorpusOptions
{
    public const string Section = "Corpus";

    /// <summary>20 MB: far more than a long report's text or PDF, far less than what would swamp the bot's memory.</summary>
    public const int DefaultMaxFileBytes = 20 * 1024 * 1024;

    /// <summary>The configuration key of <see cref="MaxFileBytes"/>, for messages.</summary>
    public const string MaxFileBytesKey = Section + ":" + nameof(MaxFileBytes);

    /// <summary>Folder with the report files (Markdown, text, PDF) and <c>synonyms.txt</c>; relative paths start at the content root.</summary>
    [Required]
    public string Path { get; set; } = "corpus";

    /// <summary>What the report calls the items <c>pillar N</c> refers to; the detected framework with this item noun is used.</summary>
    [Required]
    public string PillarNoun { get; set; } = "pillar";

    /// <summary>Quiet time after the last change in the corpus folder before the running bot rebuilds its index.</summary>
    [Range(typeof(TimeSpan), "00:00:00.050", "00:10:00")]
    public TimeSpan ReloadDebounce { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>
    /// Largest corpus file (report or synonyms) that is read, by its length on disk. A larger one is refused as a corpus
    /// error before it is read: at start-up the bot does not start, on reload the old index keeps serving. Indexing
    /// takes many times a file's size in memory, so one stray dump in the folder could otherwise take the bot down.
    /// </summary>
    [Range(1024, 1024 * 1024 * 1024)]
    public int MaxFileBytes { get; set; } = DefaultMaxFileBytes;
}
