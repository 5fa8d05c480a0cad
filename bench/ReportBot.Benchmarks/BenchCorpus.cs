using System.Text;
using System.Text.RegularExpressions;

namespace ReportBot.Benchmarks;

/// <summary>
/// The corpora benchmarks run on: the repository's report, and a synthetic one 100 times its size made from it
/// (each copy's sections renamed and its words lightly shuffled, so the vocabulary and list structure stay realistic).
/// </summary>
public static partial class BenchCorpus
{
    public static string RepositoryRoot { get; } = FindRoot();

    public static string Report => Path.Combine(RepositoryRoot, "corpus");

    /// <summary>Writes the synthetic corpus (once per process) and returns its folder.</summary>
    public static string Scaled(int copies)
    {
        string folder = Path.Combine(Path.GetTempPath(), $"reportbot-bench-corpus-x{copies}");
        if (Directory.Exists(folder)) return folder;
        string temporary = folder + ".tmp-" + Environment.ProcessId;
        Directory.CreateDirectory(temporary);
        File.Copy(Path.Combine(Report, "synonyms.txt"), Path.Combine(temporary, "synonyms.txt"));
        string source = File.ReadAllText(Directory.GetFiles(Report, "*.md").Single());
        int bodyStart = source.IndexOf("\n# ", StringComparison.Ordinal);
        var body = source[bodyStart..];
        var random = new Random(42);
        var sb = new StringBuilder(source[..bodyStart]);
        for (int copy = 1; copy <= copies; copy++)
            sb.Append(Heading().Replace(Variant(body, random), m => $"{m.Value} (part {copy})"));
        File.WriteAllText(Path.Combine(temporary, "report.md"), sb.ToString());
        try { Directory.Move(temporary, folder); } catch (IOException) { Directory.Delete(temporary, true); }
        return folder;
    }

    /// <summary>Swaps a tenth of the longer words within each paragraph, keeping Markdown structure.</summary>
    internal static string Variant(string body, Random random)
    {
        var lines = body.Split('\n');
        for (int i = 0; i < lines.Length; i++)
        {
            if (lines[i].StartsWith('#') || lines[i].Length < 40) continue;
            var words = lines[i].Split(' ');
            for (int k = 0; k < words.Length / 10; k++)
            {
                int a = random.Next(2, words.Length), b = random.Next(2, words.Length);
                (words[a], words[b]) = (words[b], words[a]);
            }
            lines[i] = string.Join(' ', words);
        }
        return string.Join('\n', lines);
    }

    [GeneratedRegex(@"(?m)^#{1,6} .+$")]
    private static partial Regex Heading();

    private static string FindRoot()
    {
        foreach (var start in new[] { AppContext.BaseDirectory, Directory.GetCurrentDirectory() })
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
                if (File.Exists(Path.Combine(dir.FullName, "Bot.sln"))) return dir.FullName;
        throw new InvalidOperationException("Run the benchmarks from inside the repository.");
    }
}
