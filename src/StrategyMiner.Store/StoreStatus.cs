namespace StrategyMiner.Store;

/// <summary>Counts for <c>strategyminer status</c>.</summary>
public sealed record StoreStatus(
    int Documents, int DocumentsInProgress, int Superseded,
    IReadOnlyDictionary<string, int> PagesBySource, int BlankPages, int FailedPages,
    int Passages, int CodedPassages, int PassagesWithSuggestions,
    int PendingReview, int Approved, int Rejected, int Failures);
