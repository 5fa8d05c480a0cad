namespace ReportBot.Core.Analysis;

/// <summary>
/// Words of the language: a word found here is a real word the report just does not use, never a typo to correct
/// ("hi" is not "his").
/// </summary>
public interface ILexicon
{
    /// <summary>Whether <paramref name="word"/> (lower case) is a word of the language.</summary>
    bool Contains(string word);
}
