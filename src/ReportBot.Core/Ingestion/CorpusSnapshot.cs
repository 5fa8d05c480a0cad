using System.Security.Cryptography;
using System.Text;
using ReportBot.Core.Options;

namespace ReportBot.Core.Ingestion;

/// <summary>
/// The corpus folder's contents at one moment: the report files, the synonyms file, and a hash of both
/// (plus the ingestion rules' version) that decides whether the index must be rebuilt.
/// </summary>
public sealed record CorpusSnapshot(string Directory, IReadOnlyList<CorpusFile> Documents, string SynonymsText, string Hash)
{
    public const string SynonymsFileName = "synonyms.txt";

    /// <summary>Bump when passage splitting, framework detection or analysis changes, so old indexes are rebuilt.</summary>
    public const string IngestionVersion = "ingest-6";

    /// <param name="maxFileBytes">Largest file read (<see cref="CorpusOptions.MaxFileBytes"/>); a larger one is a <see cref="CorpusException"/>.</param>
    public static CorpusSnapshot Read(string directory, IReadOnlyCollection<string> documentExtensions, int maxFileBytes = CorpusOptions.DefaultMaxFileBytes)
    {
        if (!System.IO.Directory.Exists(directory))
            throw new CorpusException($"The corpus folder '{directory}' does not exist. Set Corpus:Path or pass --corpus.");
        var documents = new List<CorpusFile>();
        string synonyms = "";
        foreach (var path in System.IO.Directory.EnumerateFiles(directory).Order(StringComparer.Ordinal))
        {
            var name = System.IO.Path.GetFileName(path);
            if (name.StartsWith('.')) continue;
            if (name.Equals(SynonymsFileName, StringComparison.OrdinalIgnoreCase))
                synonyms = DecodeText(CorpusFileContent.Read(path, maxFileBytes));
            else if (documentExtensions.Contains(System.IO.Path.GetExtension(name).ToLowerInvariant()))
                documents.Add(new CorpusFile(name, CorpusFileContent.Read(path, maxFileBytes)));
        }
        if (documents.Count == 0)
            throw new CorpusException($"The corpus folder '{directory}' has no report file ({string.Join(", ", documentExtensions)}).");
        return new CorpusSnapshot(directory, documents, synonyms, ComputeHash(documents, synonyms));
    }

    /// <summary>As <see cref="File.ReadAllText(string)"/> decodes: UTF-8 unless a byte order mark says otherwise.</summary>
    private static string DecodeText(byte[] content)
    {
        using var reader = new StreamReader(new MemoryStream(content), Encoding.UTF8, detectEncodingFromByteOrderMarks: true);
        return reader.ReadToEnd();
    }

    private static string ComputeHash(IEnumerable<CorpusFile> documents, string synonyms)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        hash.AppendData(Encoding.UTF8.GetBytes(IngestionVersion + "\n"));
        foreach (var file in documents)
        {
            hash.AppendData(Encoding.UTF8.GetBytes($"{file.Name}\n{file.Content.Length}\n"));
            hash.AppendData(file.Content);
        }
        hash.AppendData(Encoding.UTF8.GetBytes("\n" + SynonymsFileName + "\n" + synonyms));
        return Convert.ToHexStringLower(hash.GetHashAndReset())[..16];
    }
}
