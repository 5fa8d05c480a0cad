using ReportBot.Core.Answers;

namespace ReportBot.Core.Conversations;

/// <summary>A verbatim statement from the report and its citation.</summary>
public sealed record Quote(string Text, Citation? Citation, IReadOnlyList<PillarRef> Pillars);
