using Lucene.Net.Documents;
using Lucene.Net.Index;
using ReportBot.Core.Documents;

namespace ReportBot.Core.Search;

/// <summary>The Lucene fields a passage is indexed under, and how one passage becomes one Lucene document.</summary>
public static class PassageFields
{
    public const string Ordinal = "ord";
    public const string Body = "body";
    public const string Heading = "heading";
    public const string Context = "context";

    /// <summary>"pillar 3 three third": lets "pillar 3", "pillar three" or "the third pillar" find the item's own statement.</summary>
    public const string Label = "label";

    /// <summary>The fields a question is matched against, with their weight relative to the body.</summary>
    public static IReadOnlyList<(string Field, float Boost)> Searched { get; } =
    [
        (Body, 1.0f),
        (Heading, 0.5f),
        (Context, 0.3f),
        (Label, 1.5f),
    ];

    private static readonly FieldType Analyzed = CreateAnalyzedType();

    public static Document ToDocument(Passage passage, string? label)
    {
        var doc = new Document
        {
            new StoredField(Ordinal, passage.Ordinal),
            new Field(Body, passage.Text, Analyzed),
            new Field(Heading, string.Join(" ", passage.SectionPath), Analyzed),
        };
        if (passage.Context is { } context) doc.Add(new Field(Context, context, Analyzed));
        if (label is not null) doc.Add(new Field(Label, label, Analyzed));
        return doc;
    }

    private static FieldType CreateAnalyzedType()
    {
        // Passages are held in memory for quoting, so Lucene only needs positions (for phrase proximity).
        var type = new FieldType(TextField.TYPE_NOT_STORED) { IndexOptions = IndexOptions.DOCS_AND_FREQS_AND_POSITIONS };
        type.Freeze();
        return type;
    }
}
