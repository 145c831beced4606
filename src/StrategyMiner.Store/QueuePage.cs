namespace StrategyMiner.Store;

/// <summary>A page of the review queue.</summary>
/// <param name="Total">How many passages match the filter in all.</param>
public sealed record QueuePage(int Total, IReadOnlyList<QueueItem> Items);
