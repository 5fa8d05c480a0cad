using ReportBot.Core.Search;

namespace ReportBot.Core.Answers;

/// <summary>The ranking of one question, the evidence for it, and whether to answer.</summary>
internal sealed record Judgement(IReadOnlyList<RankedPassage> Ranked, AnswerEvidence Evidence, bool Answer);
