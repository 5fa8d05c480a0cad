namespace ReportBot.Core.Search;

/// <summary>Hands out the report index currently in service.</summary>
public interface IReportIndexProvider
{
    /// <summary>The index to query now. Never null once the provider has started.</summary>
    ReportIndex Current { get; }
}
