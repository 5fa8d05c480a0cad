using ReportBot.Core.Documents;

namespace ReportBot.Core.Semantic;

/// <summary>The meaning side of one report index: the model and the vector of every passage, by passage ordinal.</summary>
/// <param name="questions">Recent questions' vectors, shared by every index made with this model.</param>
public sealed class SemanticIndex(ITextEmbedder model, PassageVectors vectors, QuestionVectorCache questions)
{
    public ITextEmbedder Model { get; } = model;
    public PassageVectors Vectors { get; } = vectors;

    /// <summary>
    /// What a passage's vector is made from: where it sits (its innermost headings) and, for a list item, the sentence
    /// that introduced the list, then its text. The heading tells "Acknowledgments" from "Foreword" where the text alone
    /// does not.
    /// </summary>
    public static string TextOf(Passage passage)
    {
        var parts = passage.SectionPath.TakeLast(2).ToList();
        if (passage.Context is { Length: > 0 } context) parts.Add(context);
        parts.Add(passage.Text);
        return string.Join(". ", parts);
    }

    /// <summary>Similarity of <paramref name="question"/> to every passage, by ordinal.</summary>
    public float[] Similarities(string question) => Vectors.Similarities(questions.Embed(question));
}
