using ReportBot.Core.Conversations;

namespace ReportBot.Testing;

public sealed class InMemoryQuestionMemory : IQuestionMemory
{
    private readonly Dictionary<string, string> _questions = [];

    public string Remember(string question)
    {
        string id = "q" + (uint)question.GetHashCode();
        _questions[id] = question;
        return id;
    }

    public string? Recall(string id) => _questions.GetValueOrDefault(id);
}
