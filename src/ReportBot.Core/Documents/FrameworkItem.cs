namespace ReportBot.Core.Documents;

/// <summary>
/// One numbered item of a framework the report announces, such as a policy pillar or a line of effort.
/// </summary>
/// <param name="Number">1-based number as printed in the report.</param>
/// <param name="Title">A short title: the statement's main clause.</param>
/// <param name="Statement">The full item text, verbatim.</param>
/// <param name="PassageId">The passage that holds the statement.</param>
public sealed record FrameworkItem(int Number, string Title, string Statement, string PassageId);
